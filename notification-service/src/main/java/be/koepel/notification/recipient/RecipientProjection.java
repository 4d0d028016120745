package be.koepel.notification.recipient;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.contracts.volunteer.VolunteerRegistered;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps each volunteer's contact channels, so that a page can go out without asking volunteer-service. */
@ApplicationScoped
public class RecipientProjection {

    static final String CONSUMER = "notification-service.recipients";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Clock clock;

    public RecipientProjection(IdempotentConsumer consumer, CloudEventCodec codec, Clock clock) {
        this.consumer = consumer;
        this.codec = codec;
        this.clock = clock;
    }

    @Incoming("volunteer-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
        if (!EventTypes.VOLUNTEER_REGISTERED.equals(event.type())) {
            return;
        }
        VolunteerRegistered registered = codec.data(event, VolunteerRegistered.class);
        Recipient recipient = Recipient.<Recipient>findByIdOptional(registered.volunteerId()).orElseGet(() -> {
            Recipient created = new Recipient();
            created.volunteerId = registered.volunteerId();
            return created;
        });
        recipient.displayName = registered.displayName();
        recipient.smsNumber = first(registered, ContactChannel.SMS);
        recipient.email = first(registered, ContactChannel.EMAIL);
        recipient.updatedAt = clock.instant();
        recipient.persist();
    }

    private static String first(VolunteerRegistered registered, String type) {
        return registered.contactChannels() == null ? null : registered.contactChannels().stream()
                .filter(c -> type.equals(c.type()))
                .min(Comparator.comparingInt(ContactChannel::order))
                .map(ContactChannel::address).orElse(null);
    }
}
