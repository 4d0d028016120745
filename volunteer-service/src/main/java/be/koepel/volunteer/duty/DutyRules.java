package be.koepel.volunteer.duty;

import be.koepel.platform.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The coordinator-on-duty schedule names exactly one coordinator at a time. */
public final class DutyRules {

    /** A duty longer than a month is almost surely a typo in a date. */
    static final Duration LONGEST_DUTY = Duration.ofDays(31);

    /** An existing duty period, as the rules see it. */
    public record Period(Instant startsAt, Instant endsAt) {
    }

    private DutyRules() {
    }

    public static List<Problem.Violation> violations(NewDuty duty, Collection<Period> existing) {
        List<Problem.Violation> violations = new ArrayList<>();
        Instant start = duty.startsAt().toInstant();
        Instant end = duty.endsAt().toInstant();
        if (!end.isAfter(start)) {
            violations.add(new Problem.Violation("endsAt", "must be after startsAt"));
        } else if (Duration.between(start, end).compareTo(LONGEST_DUTY) > 0) {
            violations.add(new Problem.Violation("endsAt", "must be at most 31 days after startsAt"));
        } else if (existing.stream().anyMatch(p -> p.startsAt().isBefore(end) && start.isBefore(p.endsAt()))) {
            // Two coordinators on duty at once would leave it open whom the safety net pages.
            violations.add(new Problem.Violation("startsAt", "overlaps another coordinator's duty"));
        }
        return violations;
    }
}
