package be.koepel.notification.paging;

import be.koepel.notification.delivery.ConfiguredChannel;
import be.koepel.notification.delivery.PageDelivery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page as coordinators and the paged volunteer see it: who, which step, when it was paged, on
 * which channel it reached them, whether and when it was delivered (and why not), and the answer.
 * {@code deliveries} has each contact method of the page in the volunteer's order.
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
        Instant deliveredAt,
        String channel,
        List<Delivery> deliveries) {

    /** One contact method of the page. */
    public record Delivery(String channel, PageDelivery.Status status, Instant dueAt, int attempts, Instant sentAt,
            Instant deliveredAt, String error) {
    }

    static PageView of(Page page, Escalation escalation) {
        List<Delivery> deliveries = PageDelivery.<PageDelivery>list("pageId = ?1 order by position", page.id).stream()
                .map(d -> new Delivery(ConfiguredChannel.nameFor(d.channel), d.status, d.dueAt, d.attempts, d.sentAt,
                        d.deliveredAt, d.lastError))
                .toList();
        // the channel that reached the volunteer first
        String channel = deliveries.stream().filter(d -> d.sentAt() != null)
                .min(java.util.Comparator.comparing(Delivery::sentAt)).map(Delivery::channel).orElse(null);
        return new PageView(page.id, escalation.referralId, page.volunteerId, page.candidateRank, page.status,
                page.acknowledgeBy, page.deliveryStatus, page.deliveryAttempts, page.sentAt, page.answeredAt, page.step,
                page.createdAt, page.lastDeliveryError, page.deliveredAt, channel, deliveries);
    }
}
