package be.koepel.volunteer.rota;

import be.koepel.platform.problem.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.UUID;

/** What bean validation on single fields cannot say about a shift. */
public final class ShiftRules {

    /** Longer than a week is almost surely a typo in a date, not a shift. */
    static final Duration LONGEST_SHIFT = Duration.ofDays(7);

    private ShiftRules() {
    }

    /** Every rule the shift breaks, each naming the field the coordinator should correct; empty when it is fine. */
    public static List<Problem.Violation> violations(NewShift shift, Predicate<UUID> volunteerExists) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!shift.endsAt().isAfter(shift.startsAt())) {
            violations.add(new Problem.Violation("endsAt", "must be after startsAt"));
        } else if (Duration.between(shift.startsAt(), shift.endsAt()).compareTo(LONGEST_SHIFT) > 0) {
            violations.add(new Problem.Violation("endsAt", "must be at most 7 days after startsAt"));
        }
        if (!volunteerExists.test(shift.volunteerId())) {
            violations.add(new Problem.Violation("volunteerId", "is not a volunteer in the pool"));
        }
        return violations;
    }
}
