package be.koepel.notification.delivery;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The delivery state of one table of messages (pages, coordinator alerts, notices), which share
 * the columns delivery_status, delivery_attempts, next_delivery_at, last_delivery_error and sent_at.
 * Every method runs in the caller's transaction.
 */
public final class DeliveryQueue {

    /** A message claimed for sending, with the number of this attempt. */
    public record Claim(UUID id, int attempt) {
    }

    /** Longer than any send may take; a claim older than this belonged to a process that died. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(1);

    private final String table;

    public DeliveryQueue(String table) {
        this.table = table;
    }

    /**
     * Takes back claims of processes that died, then claims what is due (SENDING, one more
     * attempt). Rows another process holds are skipped, so two instances never send the same row at once.
     */
    public List<Claim> claimDue(EntityManager em, Instant now, int limit) {
        em.createNativeQuery("update " + table + " set delivery_status = 'PENDING'"
                + " where delivery_status = 'SENDING' and next_delivery_at < :stale")
                .setParameter("stale", now.minus(STALE_CLAIM))
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select id, delivery_attempts from " + table
                + " where delivery_status = 'PENDING' and next_delivery_at <= :now"
                + " order by next_delivery_at limit :limit for update skip locked")
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        List<Claim> claims = due.stream()
                .map(row -> new Claim((UUID) row[0], ((Number) row[1]).intValue() + 1)).toList();
        if (!claims.isEmpty()) {
            em.createNativeQuery("update " + table + " set delivery_status = 'SENDING',"
                    + " delivery_attempts = delivery_attempts + 1, next_delivery_at = :now where id in (:ids)")
                    .setParameter("now", now)
                    .setParameter("ids", claims.stream().map(Claim::id).toList())
                    .executeUpdate();
        }
        return claims;
    }

    /** The table of these messages. */
    public String table() {
        return table;
    }

    /**
     * Sent: unless something final (a receipt, a cancellation) was recorded meanwhile. A sent_at set
     * earlier stays: the message reached its recipient then (its first channel, its throttle slot).
     */
    public void sent(EntityManager em, UUID id, Instant now) {
        em.createNativeQuery("update " + table + " set delivery_status = case when delivery_status = 'SENDING'"
                + " then 'SENT' else delivery_status end, sent_at = coalesce(sent_at, :now), last_delivery_error = null"
                + " where id = :id")
                .setParameter("now", now).setParameter("id", id).executeUpdate();
    }

    public void retryAt(EntityManager em, UUID id, Instant at, String error) {
        em.createNativeQuery("update " + table + " set delivery_status = 'PENDING', next_delivery_at = :at,"
                + " last_delivery_error = :error where id = :id and delivery_status = 'SENDING'")
                .setParameter("at", at).setParameter("error", error).setParameter("id", id).executeUpdate();
    }

    /** Held back, not tried: the claim's attempt is given back (see {@link DeliveryHeld}). */
    public void heldUntil(EntityManager em, UUID id, Instant at, String reason) {
        em.createNativeQuery("update " + table + " set delivery_status = 'PENDING', next_delivery_at = :at,"
                + " delivery_attempts = greatest(delivery_attempts - 1, 0), last_delivery_error = :reason"
                + " where id = :id and delivery_status = 'SENDING'")
                .setParameter("at", at).setParameter("reason", reason).setParameter("id", id).executeUpdate();
    }

    public void failed(EntityManager em, UUID id, String error) {
        em.createNativeQuery("update " + table + " set delivery_status = 'FAILED', last_delivery_error = :error"
                + " where id = :id")
                .setParameter("error", error).setParameter("id", id).executeUpdate();
    }

    /** The wait before the next attempt: the base doubled per attempt made, never more than {@code max}. */
    public static Duration backoff(int attemptsMade, Duration base, Duration max) {
        Duration wait = base.multipliedBy(1L << Math.min(Math.max(attemptsMade - 1, 0), 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
