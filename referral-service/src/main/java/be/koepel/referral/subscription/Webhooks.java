package be.koepel.referral.subscription;

import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Queues a public trajectory event for the webhooks of the partners the person's consent names,
 * in the transaction that records the step: no step without its deliveries, and none without it.
 */
@ApplicationScoped
public class Webhooks {

    private final CloudEventCodec codec;
    private final Clock clock;
    private final Event<DeliveriesQueued> queued;

    public Webhooks(CloudEventCodec codec, Clock clock, Event<DeliveriesQueued> queued) {
        this.codec = codec;
        this.clock = clock;
        this.queued = queued;
    }

    /** Fired inside the transaction; the dispatcher observes it after commit and delivers at once. */
    public record DeliveriesQueued(int count) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(CloudEvent event, List<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            return;
        }
        String payload = codec.encode(event);
        List<PartnerSubscription> subscriptions = PartnerSubscription.activeOf(partnerIds);
        for (PartnerSubscription subscription : subscriptions) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = subscription.id;
            delivery.eventId = UUID.fromString(event.id());
            delivery.eventType = event.type();
            delivery.payload = payload;
            delivery.status = WebhookDelivery.Status.PENDING;
            delivery.createdAt = clock.instant();
            delivery.nextAttemptAt = delivery.createdAt;
            delivery.persist();
        }
        if (!subscriptions.isEmpty()) {
            queued.fire(new DeliveriesQueued(subscriptions.size()));
        }
    }
}
