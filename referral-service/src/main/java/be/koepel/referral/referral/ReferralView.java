package be.koepel.referral.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral as its reader may see it. {@code person} is filled only for the assigned peer, who
 * needs it to make contact; everyone else sees the status and who is assigned.
 */
public record ReferralView(
        UUID id,
        String organisationId,
        Channel channel,
        String urgency,
        ReferralStatus status,
        ErLocation er,
        Instant receivedAt,
        AssignedPeer assignedPeer,
        PersonContact person,
        long version) {

    public record ErLocation(String department, String room) {
    }

    public record AssignedPeer(UUID volunteerId, Instant assignedAt) {
    }

    public record PersonContact(String firstName, String phone, String language) {
    }

    static ReferralView of(Referral r, boolean withPersonalData) {
        return new ReferralView(r.id, r.organisationId, r.channel, r.urgency, r.status,
                r.erDepartment == null ? null : new ErLocation(r.erDepartment, r.erRoom),
                r.receivedAt,
                r.assignedVolunteerId == null ? null : new AssignedPeer(r.assignedVolunteerId, r.assignedAt),
                withPersonalData ? new PersonContact(r.personFirstName, r.personPhone, r.personLanguage) : null,
                r.version);
    }
}
