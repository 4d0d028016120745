package be.koepel.referral.trajectory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/trajectories/{id}/steps}; which fields a step needs depends on its type. */
@Schema(example = """
        {"type": "BEDSIDE_VISIT", "visitOutcome": "DONE", "occurredAt": "2026-11-24T22:10:00+01:00",
         "note": "Rustig gesprek, wil terugbellen na ontslag"}""")
public record NewStep(
        @NotNull StepType type,
        @Schema(description = "BEDSIDE_VISIT: how it went") VisitOutcome visitOutcome,
        @Schema(description = "OPTIONS_OFFERED: at least one; REFERRED_ON: what kind of help it is, e.g. CONTACT_GROUP") @Size(max = 6) List<@NotNull CareOption> options,
        @Schema(description = "REFERRED_ON: the organisation") @Size(max = 100) String referredTo,
        @Schema(description = "FOLLOW_UP_CONTACT: when to contact the person next") LocalDate nextContactOn,
        @Schema(description = "CLOSED: why") CloseReason closeReason,
        @Schema(description = "REOPENED: why (required)") @Size(max = 500) String reason,
        @Schema(description = "When it happened; now when left out") OffsetDateTime occurredAt,
        @Schema(description = "The peer's note: never shown to referrers or partners") @Size(max = 2000) String note) {
}
