package be.koepel.volunteer.volunteer;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.volunteer.VolunteerRegistered;
import be.koepel.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Joins peer supporters to the pool and tells the network, in one transaction. */
@ApplicationScoped
public class VolunteerPool {

    private final Outbox outbox;
    private final Clock clock;

    public VolunteerPool(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Volunteer register(NewVolunteer request) {
        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID();
        volunteer.displayName = request.displayName().trim();
        volunteer.phone = ContactDetails.normalisePhone(request.phone());
        volunteer.email = request.email() == null || request.email().isBlank() ? null : request.email().trim();
        volunteer.languages = request.languages().stream().distinct().toList();
        volunteer.registeredAt = clock.instant();
        volunteer.persist();
        // Stored and announced together: notification-service can page this volunteer only once it knows the channels.
        outbox.publish(Topics.VOLUNTEER_EVENTS, EventTypes.VOLUNTEER_REGISTERED, volunteer.id.toString(),
                new VolunteerRegistered(volunteer.id, volunteer.displayName,
                        ContactDetails.channels(volunteer.phone, volunteer.email), volunteer.registeredAt));
        return volunteer;
    }

    public static boolean exists(UUID id) {
        return id != null && Volunteer.count("id", id) > 0;
    }
}
