package be.koepel.volunteer.matching;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads referral events; an ER referral becomes a candidate proposal. Other events are not this slice's. */
@ApplicationScoped
public class ReferralEventsConsumer {

    /** Stable: processed event ids are recorded under this name, and renaming it would reprocess them. */
    static final String CONSUMER = "volunteer-service.er-matching";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final ErReferralMatching matching;

    public ReferralEventsConsumer(IdempotentConsumer consumer, CloudEventCodec codec, ErReferralMatching matching) {
        this.consumer = consumer;
        this.codec = codec;
        this.matching = matching;
    }

    @Incoming("referral-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, event -> {
            if (!EventTypes.REFERRAL_RECEIVED.equals(event.type())) {
                return;
            }
            ReferralReceived referral = codec.data(event, ReferralReceived.class);
            // Routine referrals are proposed to a coordinator later, with full matching; only ER pages at once.
            if (referral.isUrgent()) {
                matching.propose(referral);
            }
        });
    }
}
