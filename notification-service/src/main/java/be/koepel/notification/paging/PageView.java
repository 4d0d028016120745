package be.koepel.notification.paging;

import java.time.Instant;
import java.util.UUID;

/**
 * One page as coordinators and the paged volunteer see it: who, which step, when it was paged,
 * whether and when it was delivered (and why not), and the answer.
 */
public record PageView(
        UUID id,
        UUID referralId,
        UUID volunteerId,
        int candidateRank,
        Page.Status status,
        Instant acknowledgeBy,
        Page.Delivery delivery,
        int deliveryAttempts,
        Instant sentAt,
        Instant answeredAt,
        int step,
        Instant pagedAt,
        String lastDeliveryError,
        Instant deliveredAt) {

    static PageView of(Page page, Escalation escalation) {
        return new PageView(page.id, escalation.referralId, page.volunteerId, page.candidateRank, page.status,
                page.acknowledgeBy, page.deliveryStatus, page.deliveryAttempts, page.sentAt, page.answeredAt, page.step, page.createdAt, page.lastDeliveryError, page.deliveredAt);
    }
}
