package be.koepel.volunteer.volunteer;

import java.time.LocalDate;

/** A training as the domain rules see it, without persistence. */
public record TrainingRecord(TrainingType type, String hospitalId, LocalDate completedOn, LocalDate expiresOn) {

    /** Valid on a day from its completion until the day before it expires. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(completedOn) && day.isBefore(expiresOn);
    }

    public boolean coversHospital(String hospital) {
        return !type.perHospital() || hospital.equals(hospitalId);
    }
}
