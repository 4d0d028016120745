package be.koepel.volunteer.volunteer;

import be.koepel.contracts.volunteer.ContactChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A volunteer's profile as they and coordinators see it; {@code version} goes back in an update. */
public record VolunteerView(UUID id, String displayName, String phone, String email, List<String> languages,
        Instant registeredAt, long version, Gender gender, String ageBand, List<String> livedExperience,
        LocalDate recoverySince, List<String> municipalities, List<String> hospitals, int maxTrajectories,
        Status status, LocalDate pausedUntil, Backup professionalBackup, List<TrainingView> trainings,
        List<ContactChannel> contactChannels) {

    public record Backup(String organisation, String contactName, String phone, String email) {
    }

    public record TrainingView(UUID id, TrainingType type, String hospitalId, LocalDate completedOn,
            LocalDate expiresOn) {

        static TrainingView of(Training training) {
            return new TrainingView(training.id, training.type, training.hospitalId, training.completedOn,
                    training.expiresOn);
        }
    }

    /** Without trainings: for lists, where loading them per volunteer would cost a query each. */
    static VolunteerView of(Volunteer volunteer) {
        return of(volunteer, null);
    }

    static VolunteerView of(Volunteer volunteer, List<Training> trainings) {
        Backup backup = volunteer.backupOrganisation == null ? null
                : new Backup(volunteer.backupOrganisation, volunteer.backupContactName, volunteer.backupPhone,
                        volunteer.backupEmail);
        return new VolunteerView(volunteer.id, volunteer.displayName, volunteer.phone, volunteer.email,
                volunteer.languages, volunteer.registeredAt, volunteer.version, volunteer.gender, volunteer.ageBand,
                volunteer.livedExperience, volunteer.recoverySince, volunteer.municipalities, volunteer.hospitals,
                volunteer.maxTrajectories, volunteer.status, volunteer.pausedUntil, backup,
                trainings == null ? null : trainings.stream().map(TrainingView::of).toList(), volunteer.channels());
    }
}
