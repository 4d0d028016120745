package be.koepel.notification.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One contact method of one page: where it goes, when it is due, and what became of it. */
@Entity
@Table(name = "page_delivery")
public class PageDelivery extends PanacheEntityBase {

    public enum Status {
        PENDING, SENDING, SENT, DELIVERED, FAILED,
        /** Not sent: the page was answered, or its step ended, before this method was due. */
        SKIPPED
    }

    @Id
    public UUID id;

    @Column(name = "page_id", nullable = false)
    public UUID pageId;

    @Column(nullable = false)
    public int position;

    /** SMS, EMAIL, WEBHOOK or LOG. */
    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String address;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status", nullable = false)
    public Status status;

    @Column(name = "delivery_attempts", nullable = false)
    public int attempts;

    @Column(name = "last_delivery_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "gateway_message_id")
    public String gatewayMessageId;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
