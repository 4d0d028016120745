package be.koepel.volunteer.volunteer;

import be.koepel.platform.problem.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What bean validation on single fields cannot say about status changes, trainings and backups. */
public final class ProfileRules {

    /** The moves a volunteer makes alone: taking a break and coming back. Joining and leaving go through a coordinator. */
    static final Set<Status> SELF_SERVICE = Set.of(Status.ACTIVE, Status.PAUSED);

    private ProfileRules() {
    }

    public static List<Problem.Violation> statusViolations(StatusChange change, LocalDate today) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (change.status() == Status.PAUSED) {
            if (change.pausedUntil() == null) {
                violations.add(new Problem.Violation("pausedUntil", "is required when pausing"));
            } else if (change.pausedUntil().isBefore(today)) {
                violations.add(new Problem.Violation("pausedUntil", "must be today or later"));
            }
        } else if (change.pausedUntil() != null) {
            violations.add(new Problem.Violation("pausedUntil", "may be given only with status PAUSED"));
        }
        return violations;
    }

    /** A volunteer pauses and resumes themselves; everything else is a coordinator's decision. */
    public static boolean volunteerMayChange(Status from, Status to) {
        return SELF_SERVICE.contains(from) && SELF_SERVICE.contains(to);
    }

    public static List<Problem.Violation> trainingViolations(NewTraining training) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!training.expiresOn().isAfter(training.completedOn())) {
            violations.add(new Problem.Violation("expiresOn", "must be after completedOn"));
        }
        boolean hasHospital = training.hospitalId() != null && !training.hospitalId().isBlank();
        if (training.type().perHospital() && !hasHospital) {
            violations.add(new Problem.Violation("hospitalId", "is required for a " + training.type()));
        } else if (!training.type().perHospital() && hasHospital) {
            violations.add(new Problem.Violation("hospitalId", "is given only for a " + TrainingType.HOSPITAL_INDUCTION));
        }
        return violations;
    }

    public static List<Problem.Violation> backupViolations(BackupInput backup) {
        boolean noPhone = backup.phone() == null || backup.phone().isBlank();
        boolean noEmail = backup.email() == null || backup.email().isBlank();
        return noPhone && noEmail
                ? List.of(new Problem.Violation("phone", "a phone or an e-mail is needed to reach the backup"))
                : List.of();
    }
}
