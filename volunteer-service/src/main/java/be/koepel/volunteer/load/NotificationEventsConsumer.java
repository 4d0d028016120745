package be.koepel.volunteer.load;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A peer who acknowledged a page now guides that referral's trajectory: one more for their load. */
@ApplicationScoped
public class NotificationEventsConsumer {

    /** Stable: processed event ids are recorded under this name. */
    static final String CONSUMER = "volunteer-service.load-from-pages";
    static final String BY_PAGE = "page";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Loads loads;

    public NotificationEventsConsumer(IdempotentConsumer consumer, CloudEventCodec codec, Loads loads) {
        this.consumer = consumer;
        this.codec = codec;
        this.loads = loads;
    }

    @Incoming("notification-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, event -> {
            if (!EventTypes.PAGE_ACKNOWLEDGED.equals(event.type())) {
                return;
            }
            PageAcknowledged ack = codec.data(event, PageAcknowledged.class);
            if (ack.referralId() == null || ack.volunteerId() == null || ack.acknowledgedAt() == null) {
                throw new MalformedEventException("page.acknowledged.v1 needs referralId, volunteerId and acknowledgedAt");
            }
            loads.assigned(ack.referralId(), ack.volunteerId(), BY_PAGE, ack.acknowledgedAt());
        });
    }
}
