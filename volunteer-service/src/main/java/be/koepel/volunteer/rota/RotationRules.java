package be.koepel.volunteer.rota;

import be.koepel.platform.problem.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** What bean validation on single fields cannot say about rotations and overrides. */
public final class RotationRules {

    private RotationRules() {
    }

    public static List<Problem.Violation> rotationViolations(NewRotation rotation, Predicate<UUID> volunteerExists) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (rotation.participants() == null || rotation.participants().isEmpty()) {
            violations.add(new Problem.Violation("participants", "must list at least one volunteer"));
        } else if (rotation.participants().stream().anyMatch(id -> id == null || !volunteerExists.test(id))) {
            violations.add(new Problem.Violation("participants", "must all be volunteers in the pool"));
        }
        return violations;
    }

    /**
     * @param scheduleName the schedule the override goes on: a hospital's own (named by the hospital id) or a
     *        shared one, so the coordinator is told which rota holds the override it clashes with
     * @param existing the overrides already recorded on that schedule for the same replaced volunteer
     */
    public static List<Problem.Violation> overrideViolations(NewOverride override, String scheduleName,
            Collection<RotaComposition.Replacement> existing, Predicate<UUID> volunteerExists) {
        List<Problem.Violation> violations = new ArrayList<>();
        Instant start = override.startsAt().toInstant();
        Instant end = override.endsAt().toInstant();
        if (!end.isAfter(start)) {
            violations.add(new Problem.Violation("endsAt", "must be after startsAt"));
        } else if (existing.stream().anyMatch(o -> o.startsAt().isBefore(end) && start.isBefore(o.endsAt()))) {
            // Two overrides of one volunteer at once would leave it open who is paged.
            violations.add(new Problem.Violation("startsAt",
                    "overlaps another override of this volunteer on schedule '" + scheduleName + "'"));
        }
        if (override.volunteerId().equals(override.replacedVolunteerId())) {
            violations.add(new Problem.Violation("volunteerId", "must be someone other than the replaced volunteer"));
        } else if (!volunteerExists.test(override.volunteerId())) {
            violations.add(new Problem.Violation("volunteerId", "is not a volunteer in the pool"));
        }
        if (!volunteerExists.test(override.replacedVolunteerId())) {
            violations.add(new Problem.Violation("replacedVolunteerId", "is not a volunteer in the pool"));
        }
        return violations;
    }
}
