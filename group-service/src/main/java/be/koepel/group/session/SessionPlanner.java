package be.koepel.group.session;

import be.koepel.group.config.GroupsConfig;
import be.koepel.group.contactgroup.ContactGroup;
import be.koepel.group.contactgroup.GroupStatus;
import be.koepel.group.schedule.MeetingPattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Keeps each active group's sessions generated from its pattern, a fixed time ahead. */
@ApplicationScoped
public class SessionPlanner {

    private final GroupsConfig config;
    private final Clock clock;

    public SessionPlanner(GroupsConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * The pattern or status changed: future generated sessions nobody touched are planned anew.
     * Moved and cancelled ones stay, since a leader decided about them and people may rely on that.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replan(ContactGroup group) {
        GroupSession.delete("groupId = ?1 and patternDate is not null and status = ?2 and moved = false and startsAt > ?3",
                group.id, SessionStatus.SCHEDULED, clock.instant());
        extend(group);
    }

    /** Adds the pattern's sessions up to the horizon that do not exist yet; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int extend(ContactGroup group) {
        MeetingPattern pattern = group.meetingPattern();
        if (group.status != GroupStatus.ACTIVE || pattern == null) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, config.zone());
        LocalDate horizon = today.plusMonths(config.sessionsAheadMonths());
        Set<LocalDate> existing = new HashSet<>(GroupSession.<GroupSession>find(
                        "groupId = ?1 and patternDate >= ?2", group.id, today)
                .stream().map(s -> s.patternDate).toList());
        int added = 0;
        for (MeetingPattern.Occurrence occurrence : pattern.occurrences(today, horizon, config.zone())) {
            if (existing.contains(occurrence.date()) || !occurrence.startsAt().toInstant().isAfter(now)) {
                continue;
            }
            GroupSession session = new GroupSession();
            session.id = UUID.randomUUID();
            session.groupId = group.id;
            session.patternDate = occurrence.date();
            session.startsAt = occurrence.startsAt().toInstant();
            session.endsAt = occurrence.endsAt().toInstant();
            session.createdAt = now;
            session.persist();
            added++;
        }
        return added;
    }
}
