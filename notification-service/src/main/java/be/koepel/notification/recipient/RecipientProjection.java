package be.koepel.notification.recipient;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.contracts.volunteer.CoordinatorDutyScheduled;
import be.koepel.contracts.volunteer.RotaGapDetected;
import be.koepel.contracts.volunteer.ShiftsChanged;
import be.koepel.notification.coordinator.CoordinatorDuties;
import be.koepel.notification.notice.Notices;
import be.koepel.contracts.volunteer.VolunteerRegistered;
import be.koepel.contracts.volunteer.VolunteerUpdated;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each volunteer's contact channels, so that a page can go out without asking volunteer-service.
 * The other volunteer events are handed on in the same consumer, so that one volunteer's events keep
 * their order: shifts of a volunteer are never seen before their registration.
 */
@ApplicationScoped
public class RecipientProjection {

    static final String CONSUMER = "notification-service.recipients";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Clock clock;
    private final CoordinatorDuties duties;
    private final Notices notices;
    private final ContactMethods methods;

    public RecipientProjection(IdempotentConsumer consumer, CloudEventCodec codec, Clock clock,
            CoordinatorDuties duties, Notices notices, ContactMethods methods) {
        this.methods = methods;
        this.consumer = consumer;
        this.codec = codec;
        this.clock = clock;
        this.duties = duties;
        this.notices = notices;
    }

    @Incoming("volunteer-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
        if (EventTypes.VOLUNTEER_REGISTERED.equals(event.type())) {
            VolunteerRegistered registered = codec.data(event, VolunteerRegistered.class);
            Recipient recipient = findOrNew(registered.volunteerId());
            // A registration never overwrites a later profile update that arrived first.
            if (recipient.profileVersion < 0) {
                update(recipient, registered.displayName(), registered.contactChannels());
            }
        } else if (EventTypes.VOLUNTEER_UPDATED.equals(event.type())) {
            VolunteerUpdated updated = codec.data(event, VolunteerUpdated.class);
            Recipient recipient = findOrNew(updated.volunteerId());
            if (updated.version() > recipient.profileVersion) {
                recipient.profileVersion = updated.version();
                update(recipient, updated.displayName(), updated.contactChannels());
            }
        } else if (EventTypes.COORDINATOR_DUTY_SCHEDULED.equals(event.type())) {
            duties.apply(codec.data(event, CoordinatorDutyScheduled.class));
        } else if (EventTypes.SHIFTS_CHANGED.equals(event.type())) {
            notices.shiftsChanged(event.id(), codec.data(event, ShiftsChanged.class));
        } else if (EventTypes.ROTA_GAP_DETECTED.equals(event.type())) {
            notices.rotaGap(event.id(), codec.data(event, RotaGapDetected.class));
        }
    }

    private Recipient findOrNew(UUID volunteerId) {
        return Recipient.<Recipient>findByIdOptional(volunteerId).orElseGet(() -> {
            Recipient created = new Recipient();
            created.volunteerId = volunteerId;
            return created;
        });
    }

    private void update(Recipient recipient, String displayName, List<ContactChannel> channels) {
        if (recipient.volunteerId == null || displayName == null || displayName.isBlank()) {
            throw new MalformedEventException("a volunteer event needs volunteerId and displayName");
        }
        recipient.displayName = displayName;
        recipient.smsNumber = ContactChannels.first(channels, ContactChannel.SMS);
        recipient.email = ContactChannels.first(channels, ContactChannel.EMAIL);
        recipient.webhookUrl = ContactChannels.first(channels, ContactChannel.WEBHOOK);
        recipient.updatedAt = clock.instant();
        recipient.persist();
        methods.replace(recipient.volunteerId, ContactChannels.ordered(channels));
    }
}
