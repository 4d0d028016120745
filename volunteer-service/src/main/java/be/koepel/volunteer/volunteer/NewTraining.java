package be.koepel.volunteer.volunteer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * @param hospitalId required for a HOSPITAL_INDUCTION, absent otherwise
 * @param expiresOn the first day on which the training no longer counts
 */
public record NewTraining(
        @NotNull TrainingType type,
        @Size(max = 100) @Pattern(regexp = ProfileFields.HOSPITAL_ID,
                message = "must be an organisation id such as az-turnhout") String hospitalId,
        @NotNull LocalDate completedOn,
        @NotNull LocalDate expiresOn) {
}
