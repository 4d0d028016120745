package be.koepel.volunteer.activity;

import be.koepel.contracts.group.SessionHeld;
import be.koepel.contracts.trajectory.TrajectoryProgressed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Logs bedside visits and group sessions per volunteer, from the events that report them. */
@ApplicationScoped
public class ActivityLog {

    public static final String BEDSIDE_VISIT = "BEDSIDE_VISIT";
    public static final String GROUP_SESSION = "GROUP_SESSION";

    private final EntityManager em;

    public ActivityLog(EntityManager em) {
        this.em = em;
    }

    /** One entry per visit: the same step reported twice (under another event id) is logged once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bedsideVisit(TrajectoryProgressed step) {
        UUID trajectory = step.trajectoryId() != null ? step.trajectoryId() : step.referralId();
        UUID source = UUID.nameUUIDFromBytes(("bedside:" + trajectory + "@" + step.occurredAt())
                .getBytes(StandardCharsets.UTF_8));
        insert(step.volunteerId(), BEDSIDE_VISIT, source, null, step.occurredAt(), null, step.occurredAt());
    }

    /**
     * A session's attendance may be recorded again, with other leaders: the latest report replaces the earlier
     * one for every leader, and an older one arriving late changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionHeld(SessionHeld session) {
        Instant latest = (Instant) em.createQuery(
                "select max(e.recordedAt) from ActivityEntry e where e.kind = :kind and e.sourceId = :session")
                .setParameter("kind", GROUP_SESSION)
                .setParameter("session", session.sessionId())
                .getSingleResult();
        if (latest != null && latest.isAfter(session.recordedAt())) {
            return;
        }
        em.createQuery("delete from ActivityEntry e where e.kind = :kind and e.sourceId = :session")
                .setParameter("kind", GROUP_SESSION)
                .setParameter("session", session.sessionId())
                .executeUpdate();
        List<UUID> leaders = session.leaders() == null ? List.of() : session.leaders().stream().distinct().toList();
        for (UUID leader : leaders) {
            insert(leader, GROUP_SESSION, session.sessionId(), session.groupName(), session.startedAt(),
                    session.endedAt(), session.recordedAt());
        }
    }

    private void insert(UUID volunteerId, String kind, UUID source, String title, Instant startsAt, Instant endsAt,
            Instant recordedAt) {
        em.createNativeQuery("""
                insert into activity_entry (id, volunteer_id, kind, source_id, title, starts_at, ends_at, recorded_at)
                values (:id, :volunteer, :kind, :source, :title, :starts, :ends, :recorded)
                on conflict (volunteer_id, kind, source_id) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("volunteer", volunteerId)
                .setParameter("kind", kind)
                .setParameter("source", source)
                .setParameter("title", title)
                .setParameter("starts", startsAt)
                .setParameter("ends", endsAt)
                .setParameter("recorded", recordedAt)
                .executeUpdate();
    }
}
