package be.koepel.referral.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A trajectory with its history, for its peer and coordinators. No personal data of the person. */
public record TrajectoryView(
        UUID id,
        UUID publicId,
        TrajectoryState state,
        Instant openedAt,
        Instant closedAt,
        String closeReason,
        UUID assignedVolunteerId,
        List<UUID> referralIds,
        List<Step> steps,
        long version) {

    public record Step(UUID id, StepType type, String outcome, List<String> options, String referredTo,
            UUID contactGroupId, LocalDate nextContactOn, String reason, String note, TrajectoryState stateAfter, String recordedBy,
            String recordedRole, Instant occurredAt, Instant recordedAt) {
    }

    static TrajectoryView of(Trajectory t, List<UUID> referralIds, List<TrajectoryStep> steps) {
        return new TrajectoryView(t.id, t.publicId, t.state, t.openedAt, t.closedAt, t.closeReason, t.assignedVolunteerId,
                referralIds,
                steps.stream().map(s -> new Step(s.id, s.type, s.outcome, s.optionList(), s.referredTo, s.contactGroupId,
                        s.nextContactOn,
                        s.reason, s.note, s.stateAfter, s.recordedBy, s.recordedRole, s.occurredAt, s.recordedAt)).toList(),
                t.version);
    }
}
