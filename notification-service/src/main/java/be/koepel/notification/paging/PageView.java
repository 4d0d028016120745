package be.koepel.notification.paging;

import java.time.Instant;
import java.util.UUID;

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
        Instant answeredAt) {

    static PageView of(Page page, Escalation escalation) {
        return new PageView(page.id, escalation.referralId, page.volunteerId, page.candidateRank, page.status,
                page.acknowledgeBy, page.deliveryStatus, page.deliveryAttempts, page.sentAt, page.answeredAt);
    }
}
