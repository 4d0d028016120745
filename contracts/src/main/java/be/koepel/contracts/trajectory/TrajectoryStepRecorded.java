package be.koepel.contracts.trajectory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code trajectory.step-recorded.v1} on the public topic {@code trajectory.public.v1}: a step in a
 * person's trajectory, for the partner organisations the person agreed to share with. This is the
 * contract partners code against; change it only by a new version.
 *
 * <p>Pseudonymised: {@code trajectoryId} is a public id that is neither the referral id nor any
 * internal id; no name, contact details or birth date, only the age band and municipality.
 *
 * @param stepType PEER_ASSIGNED, BEDSIDE_VISIT, OPTIONS_OFFERED, REFERRED_ON, FOLLOW_UP_CONTACT, CLOSED or REOPENED
 * @param outcome for a bedside visit DONE, DECLINED or DISCHARGED_BEFORE_VISIT; for a closure its reason; else null
 * @param options the options offered, for OPTIONS_OFFERED; else empty
 * @param referredTo the organisation referred on to, for REFERRED_ON; else null
 * @param state the trajectory's state after the step
 * @param source the referral channel that opened the trajectory (ER, GP, …)
 * @param sharedWith the partner organisations the person's consent names
 */
public record TrajectoryStepRecorded(
        UUID trajectoryId,
        String stepType,
        String outcome,
        List<String> options,
        String referredTo,
        String state,
        String source,
        String ageBand,
        String municipality,
        List<String> sharedWith,
        Instant occurredAt) {
}
