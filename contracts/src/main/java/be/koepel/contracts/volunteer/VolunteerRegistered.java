package be.koepel.contracts.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A peer supporter joined the pool; notification-service keeps their contact channels to page them. */
public record VolunteerRegistered(
        UUID volunteerId,
        String displayName,
        List<ContactChannel> contactChannels,
        Instant registeredAt) {
}
