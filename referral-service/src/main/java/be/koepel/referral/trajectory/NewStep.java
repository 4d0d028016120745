package be.koepel.referral.trajectory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/trajectories/{id}/steps}; which fields a step needs depends on its type. */
@Schema(example = """
        {"type": "REFERRED_ON", "options": ["CONTACT_GROUP"], "referredTo": "Contactgroep Geel",
         "contactGroupId": "5d1c7a0e-2b8f-4f0a-9c3e-7e6f1a2b3c4d", "occurredAt": "2026-11-24T22:10:00+01:00",
         "note": "Rustig gesprek, wil eens komen kijken"}""")
public record NewStep(
        @NotNull StepType type,
        @Schema(description = "BEDSIDE_VISIT: how it went") VisitOutcome visitOutcome,
        @Schema(description = "OPTIONS_OFFERED: at least one; REFERRED_ON: what kind of help it is, e.g. CONTACT_GROUP") @Size(max = 6) List<@NotNull CareOption> options,
        @Schema(description = "REFERRED_ON: the organisation; for a contact group its name, or left out")
        @Size(max = 100) String referredTo,
        @Schema(description = "REFERRED_ON to a contact group (options CONTACT_GROUP): the group's id in group-service")
        UUID contactGroupId,
        @Schema(description = "FOLLOW_UP_CONTACT: when to contact the person next") LocalDate nextContactOn,
        @Schema(description = "CLOSED: why") CloseReason closeReason,
        @Schema(description = "REOPENED: why (required)") @Size(max = 500) String reason,
        @Schema(description = "When it happened; now when left out") OffsetDateTime occurredAt,
        @Schema(description = "The peer's note: never shown to referrers or partners") @Size(max = 2000) String note,
        @Schema(description = "OPTIONS_OFFERED with SELF_HELP_GROUP: which one, if the peer named it; "
                + "OTHER needs selfHelpGroupName", example = "SOS_NUCHTERHEID") SelfHelpGroup selfHelpGroup,
        @Schema(description = "OPTIONS_OFFERED: the self-help group's name, required for OTHER, e.g. a local group",
                example = "AA Geel")
        @Size(max = 100) String selfHelpGroupName) {
}
