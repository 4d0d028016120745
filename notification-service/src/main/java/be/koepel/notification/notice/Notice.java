package be.koepel.notification.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A non-urgent notification to a volunteer or the coordinator on duty, held until it is due. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    public enum Kind {
        PEER_ASSIGNED, NEWCOMER_EXPECTED, ROTA_CHANGED, SHIFT_REMINDER, ROTA_GAP, FOLLOW_UP_LAPSED,
        /** The coordinator is warned that an event named a volunteer this service does not know. */
        UNKNOWN_VOLUNTEER
    }

    /** CANCELLED: a shift reminder whose shift was removed before it was due. */
    public enum Delivery { PENDING, SENDING, SENT, FAILED, CANCELLED }

    @Id
    public UUID id;

    /** Two notices with one key are the same notice: redelivered events never notify twice. */
    @Column(name = "dedupe_key", nullable = false, unique = true)
    public String dedupeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** Null: the coordinator on duty when it is delivered. */
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status", nullable = false)
    public Delivery deliveryStatus;

    @Column(name = "delivery_attempts", nullable = false)
    public int deliveryAttempts;

    /** When it goes out: after quiet hours, or the day before a shift; then the next retry. */
    @Column(name = "next_delivery_at")
    public Instant nextDeliveryAt;

    @Column(name = "last_delivery_error")
    public String lastDeliveryError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
