package be.koepel.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * The paged peer supporter said "I can't": paging moved on to the next step at once. Volunteer
 * load and the referral's timeline may use it; nobody has to act on it.
 */
public record PageDeclined(
        UUID pageId,
        UUID referralId,
        UUID volunteerId,
        int step,
        Instant declinedAt) {
}
