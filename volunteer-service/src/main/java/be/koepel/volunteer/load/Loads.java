package be.koepel.volunteer.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How many trajectories each volunteer guides now, and how many they were given lately. Kept as one row per
 * assigned referral rather than a counter, so a duplicate or redelivered event cannot count twice and a
 * closure of an unknown trajectory cannot drive a count below zero.
 */
@ApplicationScoped
public class Loads {

    /** A volunteer's load: open trajectories, and assignments since the fair-spread window began. */
    public record Figures(int active, int recent) {
        public static final Figures NONE = new Figures(0, 0);
    }

    /** Who a referral's peer is, and who or what assigned them. */
    public record Assignment(UUID volunteerId, String assignedBy, Instant assignedAt) {
    }

    private final EntityManager em;

    public Loads(EntityManager em) {
        this.em = em;
    }

    /** @return false when the referral already had a peer: the first assignment stands */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean assigned(UUID referralId, UUID volunteerId, String by, Instant at) {
        return em.createNativeQuery("""
                insert into assignment (referral_id, volunteer_id, assigned_by, assigned_at)
                values (:referral, :volunteer, :by, :at)
                on conflict (referral_id) do nothing""")
                .setParameter("referral", referralId)
                .setParameter("volunteer", volunteerId)
                .setParameter("by", by)
                .setParameter("at", at)
                .executeUpdate() == 1;
    }

    /**
     * The trajectory closed: one less for its volunteer. A closure that overtakes the assignment (they come on
     * different topics) is kept as a closed row, so the late assignment cannot count it open again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(UUID referralId, UUID volunteerId, Instant at) {
        int updated = em.createNativeQuery(
                "update assignment set closed_at = :at where referral_id = :referral and closed_at is null")
                .setParameter("at", at)
                .setParameter("referral", referralId)
                .executeUpdate();
        if (updated == 0 && volunteerId != null) {
            em.createNativeQuery("""
                    insert into assignment (referral_id, volunteer_id, assigned_by, assigned_at, closed_at)
                    values (:referral, :volunteer, 'closed', :at, :at)
                    on conflict (referral_id) do nothing""")
                    .setParameter("referral", referralId)
                    .setParameter("volunteer", volunteerId)
                    .setParameter("at", at)
                    .executeUpdate();
        }
    }

    /**
     * The trajectory reopened: it counts again. A referral assigned before this service kept loads is
     * taken up with the volunteer the event names.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopened(UUID referralId, UUID volunteerId, Instant at) {
        int updated = em.createNativeQuery("update assignment set closed_at = null where referral_id = :referral")
                .setParameter("referral", referralId)
                .executeUpdate();
        if (updated == 0 && volunteerId != null) {
            assigned(referralId, volunteerId, "reopened", at);
        }
    }

    @Transactional
    public Optional<Assignment> assignment(UUID referralId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select volunteer_id, assigned_by, assigned_at from assignment where referral_id = :referral")
                .setParameter("referral", referralId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Assignment((UUID) r[0], (String) r[1], instant(r[2])));
    }

    @Transactional
    public Map<UUID, Figures> figures(Collection<UUID> volunteerIds, Instant recentSince) {
        Map<UUID, Figures> figures = new HashMap<>();
        if (volunteerIds.isEmpty()) {
            return figures;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select volunteer_id,
                       count(*) filter (where closed_at is null),
                       count(*) filter (where assigned_at >= :since)
                from assignment where volunteer_id in (:ids) group by volunteer_id""")
                .setParameter("since", recentSince)
                .setParameter("ids", volunteerIds)
                .getResultList();
        for (Object[] row : rows) {
            figures.put((UUID) row[0], new Figures(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return figures;
    }

    @Transactional
    public Figures figures(UUID volunteerId, Instant recentSince) {
        return figures(List.of(volunteerId), recentSince).getOrDefault(volunteerId, Figures.NONE);
    }

    /** The JDBC driver's type for timestamptz differs across Hibernate versions; any of them is one instant. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
