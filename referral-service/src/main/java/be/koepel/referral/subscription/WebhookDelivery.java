package be.koepel.referral.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One event for one subscription, with its attempts so far: a line of the delivery log. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The CloudEvent as sent: pseudonymised trajectory data only. */
    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /**
     * The wait before the next attempt doubles with each failure, up to {@code max}; after
     * {@code maxAttempts} attempts the delivery is given up.
     */
    void failed(Integer statusCode, String error, Instant at, Duration initial, Duration max, int maxAttempts) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            return;
        }
        nextAttemptAt = at.plus(backoff(attempts, initial, max));
    }

    void delivered(int statusCode, Instant at) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = null;
        status = Status.DELIVERED;
        deliveredAt = at;
    }

    /** {@code initial × 2^(attempt−1)}, capped at {@code max}. */
    static Duration backoff(int attempt, Duration initial, Duration max) {
        Duration wait = initial;
        for (int i = 1; i < attempt && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** As long as the column. */
    static final int MAX_ERROR_LENGTH = 500;
}
