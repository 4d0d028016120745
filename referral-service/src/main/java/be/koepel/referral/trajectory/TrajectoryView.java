package be.koepel.referral.trajectory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A trajectory with its history, for its peer and coordinators. No personal data of the person. */
@Schema(example = """
        {"id": "c0a80101-0000-4000-8000-000000000001", "publicId": "e2b7c3d4-5f60-4718-9a0b-1c2d3e4f5a6b",
         "state": "FIRST_CONTACT", "openedAt": "2026-11-24T20:55:00Z", "assignedVolunteerId": "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
         "referralIds": ["3f0b8c1e-7a2d-4e5f-9b6c-1d2e3f4a5b6c"],
         "steps": [{"type": "PEER_ASSIGNED", "stateAfter": "PEER_ASSIGNED", "recordedBy": "volunteer:6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
                    "recordedRole": "page-acknowledgement", "occurredAt": "2026-11-24T21:02:00Z"},
                   {"type": "BEDSIDE_VISIT", "outcome": "DONE", "stateAfter": "FIRST_CONTACT", "note": "Rustig gesprek",
                    "recordedBy": "volunteer-6a1f", "recordedRole": "volunteer", "occurredAt": "2026-11-24T21:40:00Z"}],
         "version": 3}""")
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
            String recordedRole, Instant occurredAt, Instant recordedAt, SelfHelpGroup selfHelpGroup,
            String selfHelpGroupName) {
    }

    static TrajectoryView of(Trajectory t, List<UUID> referralIds, List<TrajectoryStep> steps) {
        return new TrajectoryView(t.id, t.publicId, t.state, t.openedAt, t.closedAt, t.closeReason, t.assignedVolunteerId,
                referralIds,
                steps.stream().map(s -> new Step(s.id, s.type, s.outcome, s.optionList(), s.referredTo, s.contactGroupId,
                        s.nextContactOn,
                        s.reason, s.note, s.stateAfter, s.recordedBy, s.recordedRole, s.occurredAt, s.recordedAt,
                        s.selfHelpGroup, s.selfHelpGroupName)).toList(),
                t.version);
    }
}
