package be.koepel.referral.referral;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import be.koepel.referral.trajectory.Trajectory;
import be.koepel.referral.trajectory.TrajectoryState;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A referral as its reader may see it. {@code person} is filled only for the assigned peer, who
 * needs it to make contact; {@code situation} and {@code preferences} (health data) only for the
 * assigned peer and coordinators, as are the trajectory and a duplicate-person flag; everyone else
 * sees the status and who is assigned.
 */
@Schema(example = """
        {"id": "3f0b8c1e-7a2d-4e5f-9b6c-1d2e3f4a5b6c", "organisationId": "az-turnhout", "channel": "ER",
         "urgency": "URGENT", "status": "PEER_ASSIGNED", "er": {"department": "Spoedgevallen", "room": "Box 4"},
         "receivedAt": "2026-11-24T20:55:00Z",
         "assignedPeer": {"volunteerId": "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "assignedAt": "2026-11-24T21:02:00Z"},
         "version": 1, "externalReference": "AZT-2026-000123",
         "referrer": {"name": "Dr. Peeters", "function": "spoedarts", "phone": "+32 14 40 60 11"},
         "sharing": {"shareWithPartners": true, "partners": ["caw-de-kempen"]},
         "outcome": {"state": "PEER_ASSIGNED"}}""")
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
        long version,
        String externalReference,
        Referrer referrer,
        Situation situation,
        Preferences preferences,
        Sharing sharing,
        UUID trajectoryId,
        DuplicateFlag duplicateFlag,
        Instant personalDataErasedAt,
        Outcome outcome) {

    /** Where the person's trajectory stands: what a referrer may know of the outcome, never the peer's notes. */
    public record Outcome(TrajectoryState state, String closeReason) {
    }

    ReferralView withOutcome(Trajectory trajectory) {
        return new ReferralView(id, organisationId, channel, urgency, status, er, receivedAt, assignedPeer, person, version,
                externalReference, referrer, situation, preferences, sharing, trajectoryId, duplicateFlag,
                personalDataErasedAt, trajectory == null ? null : new Outcome(trajectory.state, trajectory.closeReason));
    }

    /** The referral joined an open trajectory of what looks like the same person; a coordinator checks it. */
    public record DuplicateFlag(String reason) {
    }

    public record ErLocation(String department, String room, Instant expectedDischargeAt) {
    }

    public record AssignedPeer(UUID volunteerId, Instant assignedAt) {
    }

    public record PersonContact(String firstName, String phone, String language, String lastName, Gender gender,
            String ageBand, String municipality, List<FamilyContact> familyContacts) {
    }

    public record FamilyContact(String name, String relation, String phone) {
    }

    public record Referrer(String name, String function, String phone) {
    }

    public record Situation(SubstanceCategory mainSubstance, SubstanceCategory secondarySubstance, Boolean erIntoxication) {
    }

    public record Preferences(PeerGender peerGender, String language) {
    }

    public record Sharing(boolean shareWithPartners, Set<String> partners) {
    }

    static ReferralView of(Referral r, boolean withPersonalData) {
        return of(r, withPersonalData, withPersonalData);
    }

    /**
     * @param withPersonalData the person's contact details and family contacts: the assigned peer only
     * @param withCareDetails situation and preferences: the assigned peer and coordinators
     */
    static ReferralView of(Referral r, boolean withPersonalData, boolean withCareDetails) {
        return new ReferralView(r.id, r.organisationId, r.channel, r.urgency, r.status,
                r.erDepartment == null ? null : new ErLocation(r.erDepartment, r.erRoom, r.erExpectedDischargeAt),
                r.receivedAt,
                r.assignedVolunteerId == null ? null : new AssignedPeer(r.assignedVolunteerId, r.assignedAt),
                withPersonalData && r.personalDataErasedAt == null ? new PersonContact(r.personFirstName, r.personPhone, r.personLanguage, r.personLastName,
                        r.personGender, r.personAgeBand, r.personMunicipality,
                        r.familyContacts.stream().map(c -> new FamilyContact(c.name, c.relation, c.phone)).toList())
                        : null,
                r.version,
                r.externalReference,
                r.referrerName == null ? null : new Referrer(r.referrerName, r.referrerFunction, r.referrerPhone),
                withCareDetails && (r.mainSubstance != null || r.erIntoxication != null)
                        ? new Situation(r.mainSubstance, r.secondarySubstance, r.erIntoxication) : null,
                withCareDetails && (r.preferredPeerGender != null || r.preferredLanguage != null)
                        ? new Preferences(r.preferredPeerGender, r.preferredLanguage) : null,
                new Sharing(r.consentShareWithPartners, Set.copyOf(r.sharingPartners)),
                withCareDetails ? r.trajectoryId : null,
                withCareDetails && r.flaggedForCoordinator ? new DuplicateFlag(r.flagReason) : null,
                r.personalDataErasedAt,
                null);
    }
}
