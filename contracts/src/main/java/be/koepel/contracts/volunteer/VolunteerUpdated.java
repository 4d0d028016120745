package be.koepel.contracts.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The current state of a peer supporter, published on registration and after every change: an upsert,
 * so a consumer keeps the one with the highest {@code version} and needs no other event. It carries what
 * delivery needs (contact channels, status) and no lived experience or other sensitive profile fields.
 *
 * @param status CANDIDATE, ACTIVE, PAUSED or RETIRED; only ACTIVE volunteers are paged
 * @param pausedUntil the last day of a pause, when PAUSED
 * @param professionalBackup null when the volunteer has none
 */
public record VolunteerUpdated(
        UUID volunteerId,
        long version,
        String displayName,
        String status,
        LocalDate pausedUntil,
        List<String> languages,
        List<String> hospitals,
        List<ContactChannel> contactChannels,
        ProfessionalBackup professionalBackup,
        Instant updatedAt) {

    /** The professional who supports the volunteer, reachable on the listed channels. */
    public record ProfessionalBackup(String organisation, String contactName, List<ContactChannel> contactChannels) {
    }
}
