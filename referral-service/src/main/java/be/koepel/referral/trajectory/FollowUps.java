package be.koepel.referral.trajectory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Which follow-ups lapsed: an open trajectory whose latest follow-up, closure or reopening is a
 * follow-up contact, with a next-contact date before today. A later follow-up or a closure is what
 * answers it; other steps (a group visit, say) do not.
 */
@ApplicationScoped
public class FollowUps {

    private final EntityManager em;

    public FollowUps(EntityManager em) {
        this.em = em;
    }

    public record Lapsed(UUID trajectoryId, UUID publicId, LocalDate nextContactOn, UUID assignedVolunteerId) {
    }

    private static final String LAPSED = """
            select cast(t.id as varchar), cast(t.public_id as varchar), s.next_contact_on,
                   cast(t.assigned_volunteer_id as varchar)
            from trajectory t
            join lateral (select type, next_contact_on from trajectory_step
                          where trajectory_id = t.id and type in ('FOLLOW_UP_CONTACT', 'CLOSED', 'REOPENED')
                          order by recorded_at desc, id desc limit 1) s on true
            where t.state <> 'CLOSED' and s.type = 'FOLLOW_UP_CONTACT' and s.next_contact_on < :today
            """;

    /** @param volunteer only this peer's; null for all */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Lapsed> lapsed(LocalDate today, UUID volunteer) {
        return rows(em.createNativeQuery(LAPSED + """
                  and (cast(:volunteer as varchar) is null or t.assigned_volunteer_id = cast(cast(:volunteer as varchar) as uuid))
                order by s.next_contact_on""")
                .setParameter("today", today)
                .setParameter("volunteer", volunteer == null ? null : volunteer.toString())
                .getResultList());
    }

    /** Lapsed follow-ups with a peer to remind and no reminder sent for their date yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Lapsed> unreminded(LocalDate today, int limit) {
        return rows(em.createNativeQuery(LAPSED + """
                  and t.assigned_volunteer_id is not null
                  and not exists (select 1 from follow_up_reminder r
                                  where r.trajectory_id = t.id and r.next_contact_on = s.next_contact_on)
                order by s.next_contact_on limit :limit""")
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList());
    }

    /**
     * Marks the reminder of this date as sent, in the caller's transaction. Two instances racing for
     * it both insert; the database lets one win, and the other sees nothing inserted.
     *
     * @return true when this call marked it, and so must publish the reminder
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markReminded(UUID trajectoryId, LocalDate nextContactOn, java.time.Instant at) {
        return em.createNativeQuery("""
                insert into follow_up_reminder (trajectory_id, next_contact_on, lapsed_at)
                values (:trajectory, :date, :at) on conflict do nothing""")
                .setParameter("trajectory", trajectoryId)
                .setParameter("date", nextContactOn)
                .setParameter("at", at)
                .executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private static List<Lapsed> rows(List<?> result) {
        return ((List<Object[]>) result).stream().map(r -> new Lapsed(UUID.fromString((String) r[0]),
                UUID.fromString((String) r[1]), toDate(r[2]), r[3] == null ? null : UUID.fromString((String) r[3])))
                .toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
