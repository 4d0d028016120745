package be.koepel.notification.paging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One page to one peer supporter, with its acknowledgement deadline and its delivery state. */
@Entity
@Table(name = "page")
public class Page extends PanacheEntityBase {

    public enum Status {
        /** Sent or being sent; waiting for an answer until the deadline. */
        AWAITING,
        ACKNOWLEDGED,
        /** The deadline passed without an answer; the next candidate was paged. */
        EXPIRED,
        /** Someone else acknowledged first. */
        CANCELLED,
        /** The peer supporter said they cannot go; the next step was paged at once. */
        DECLINED
    }

    /** DELIVERED and a FAILED after SENT come from the gateway's delivery receipts. */
    public enum Delivery { PENDING, SENDING, SENT, DELIVERED, FAILED }

    @Id
    public UUID id;

    @Column(name = "escalation_id", nullable = false)
    public UUID escalationId;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(name = "candidate_rank", nullable = false)
    public int candidateRank;

    /** The escalation step: with repeats, the same candidate comes back at a later step. */
    @Column(nullable = false)
    public int step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "acknowledge_by", nullable = false)
    public Instant acknowledgeBy;

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

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "gateway_message_id")
    public String gatewayMessageId;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** A new page, due for delivery at once; the deadline runs from now, not from delivery. */
    static Page to(Escalation escalation, EscalationCandidate candidate, int step, Instant now,
            java.time.Duration acknowledgeWithin) {
        Page page = new Page();
        page.id = UUID.randomUUID();
        page.escalationId = escalation.id;
        page.volunteerId = candidate.volunteerId;
        page.candidateRank = candidate.rank;
        page.step = step;
        page.status = Status.AWAITING;
        page.acknowledgeBy = now.plus(acknowledgeWithin);
        page.deliveryStatus = Delivery.PENDING;
        page.nextDeliveryAt = now;
        page.createdAt = now;
        return page;
    }
}
