package be.koepel.volunteer.matching;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.contracts.referral.ReferralReceivedV2;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads referral events: an ER referral (v1) is proposed to page at once; a referral from any other
 * channel (v2) is kept for the coordinators' matches and proposed too. Other types are skipped.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    /** Stable: processed event ids are recorded under this name, and renaming it would reprocess them. */
    static final String CONSUMER = "volunteer-service.er-matching";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Matching matching;

    public ReferralEventsConsumer(IdempotentConsumer consumer, CloudEventCodec codec, Matching matching) {
        this.consumer = consumer;
        this.codec = codec;
        this.matching = matching;
    }

    @Incoming("referral-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, event -> {
            if (EventTypes.REFERRAL_RECEIVED.equals(event.type())) {
                ReferralReceived referral = codec.data(event, ReferralReceived.class);
                // v1 is ER only; a routine v1 (none is published today) has nobody to page.
                if (referral.isUrgent()) {
                    matching.proposeUrgent(referral);
                }
            } else if (EventTypes.REFERRAL_RECEIVED_V2.equals(event.type())) {
                matching.received(codec.data(event, ReferralReceivedV2.class));
            }
        });
    }
}
