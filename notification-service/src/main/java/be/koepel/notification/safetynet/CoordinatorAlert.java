package be.koepel.notification.safetynet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message to the coordinator on duty that an ER referral needs them, with its delivery state. */
@Entity
@Table(name = "coordinator_alert")
public class CoordinatorAlert extends PanacheEntityBase {

    public enum Reason {
        /** No candidates arrived in time: volunteer-service is down or nobody is on call. */
        NO_CANDIDATES,
        /** Every step was paged and nobody acknowledged. */
        EXHAUSTED,
        /** The referring hospital's call-back contact is told that nobody was found; {@link #recipientPhone} is set. */
        REFERRER_CALL_BACK
    }

    public enum Delivery { PENDING, SENDING, SENT, FAILED }

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status", nullable = false)
    public Delivery deliveryStatus;

    @Column(name = "delivery_attempts", nullable = false)
    public int deliveryAttempts;

    @Column(name = "next_delivery_at")
    public Instant nextDeliveryAt;

    @Column(name = "last_delivery_error")
    public String lastDeliveryError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Null: the coordinator on duty at the time of delivery. */
    @Column(name = "recipient_phone")
    public String recipientPhone;

    @Column(name = "sent_at")
    public Instant sentAt;
}
