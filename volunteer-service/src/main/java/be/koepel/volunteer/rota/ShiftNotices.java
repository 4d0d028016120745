package be.koepel.volunteer.rota;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.volunteer.ShiftsChanged;
import be.koepel.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells each volunteer whose shifts a rota change altered (volunteer.shifts-changed.v1, with all their shifts in
 * the horizon: today and the configured number of whole local days after it), in the change's transaction. Whose
 * shifts changed is found by comparing the schedule's rota (a hospital's own or a shared one) before and after: an
 * explicit shift or an override can take a turn from someone it does not name.
 */
@ApplicationScoped
public class ShiftNotices {

    public static final String ROTATION_CHANGED = "ROTATION_CHANGED";
    public static final String OVERRIDE = "OVERRIDE";
    public static final String SWAP_APPROVED = "SWAP_APPROVED";

    /** Who was on call when, in one schedule's horizon, before a change. */
    public record Snapshot(UUID scheduleId, Instant from, Instant to, Map<UUID, List<RotaTimeline.Period>> shifts) {
    }

    private final RotaTimelines timelines;
    private final Outbox outbox;
    private final RotaConfig config;
    private final Clock clock;

    public ShiftNotices(RotaTimelines timelines, Outbox outbox, RotaConfig config, Clock clock) {
        this.timelines = timelines;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Snapshot before(UUID scheduleId) {
        // From the local midnight, so a shift under way today keeps its real start.
        LocalDate today = LocalDate.ofInstant(clock.instant(), Rota.REGION);
        Instant from = today.atStartOfDay(Rota.REGION).toInstant();
        Instant to = today.plusDays(config.horizonDays() + 1L).atStartOfDay(Rota.REGION).toInstant();
        return new Snapshot(scheduleId, from, to, shiftsByVolunteer(scheduleId, from, to));
    }

    /**
     * @param named the volunteers the change names (participants, replaced and replacement), told even when
     *        their shifts in the horizon stay the same, e.g. a rotation that starts in a month, or everyone on a
     *        shared schedule whose hospitals changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void after(Snapshot before, Collection<UUID> named, String reason) {
        Shift.flush(); // the change must be visible to the queries below
        Map<UUID, List<RotaTimeline.Period>> after = shiftsByVolunteer(before.scheduleId(), before.from(), before.to());
        Set<UUID> affected = new LinkedHashSet<>(named);
        Set<UUID> everyone = new LinkedHashSet<>(before.shifts().keySet());
        everyone.addAll(after.keySet());
        everyone.stream()
                .filter(id -> !Objects.equals(before.shifts().get(id), after.get(id)))
                .forEach(affected::add);
        Instant now = clock.instant();
        for (UUID volunteer : affected) {
            outbox.publish(Topics.VOLUNTEER_EVENTS, EventTypes.SHIFTS_CHANGED, volunteer.toString(),
                    new ShiftsChanged(volunteer, timelines.shiftsOf(volunteer, before.from(), before.to()),
                            before.from(), before.to(), reason, now));
        }
    }

    private Map<UUID, List<RotaTimeline.Period>> shiftsByVolunteer(UUID scheduleId, Instant from, Instant to) {
        RotaTimeline timeline = timelines.timeline(scheduleId, from, to);
        return timeline.volunteers().stream().collect(Collectors.toMap(id -> id, timeline::shiftsOf));
    }
}
