package be.koepel.contracts.trajectory;

import be.koepel.contracts.referral.ReferringOrganisation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code trajectory.progressed.v1} on the internal topic {@code trajectory.internal.v1}: a step
 * in any trajectory, whatever the person's consent to share with partners, for Koepel's own
 * services only. It carries ids and the step, never the person's name, contact details or notes.
 * group-service learns of referrals to a contact group from it, volunteer-service keeps peers'
 * load and activity log with it. Subject and key: the public trajectory id.
 *
 * @param stepType as in {@code trajectory.step-recorded.v1}: PEER_ASSIGNED, BEDSIDE_VISIT,
 *        OPTIONS_OFFERED, REFERRED_ON, FOLLOW_UP_CONTACT, CLOSED or REOPENED; and, internal only,
 *        JOINED_CONTACT_GROUP (group-service saw the person at the group in {@code contactGroupId})
 * @param outcome for a bedside visit DONE, DECLINED or DISCHARGED_BEFORE_VISIT; for a closure its reason; else null
 * @param referredTo the organisation referred on to, for REFERRED_ON; else null
 * @param contactGroupId the contact group referred to, when REFERRED_ON names one, or joined; else null
 * @param volunteerId the peer supporter assigned to the trajectory at this step; null before assignment
 * @param state the trajectory's state after the step
 * @param nextContactOn for FOLLOW_UP_CONTACT, the agreed next contact date; else null
 */
public record TrajectoryProgressed(
        UUID referralId,
        UUID trajectoryId,
        String stepType,
        String outcome,
        String referredTo,
        UUID contactGroupId,
        UUID volunteerId,
        String state,
        String channel,
        ReferringOrganisation referringOrganisation,
        LocalDate nextContactOn,
        Instant occurredAt) {
}
