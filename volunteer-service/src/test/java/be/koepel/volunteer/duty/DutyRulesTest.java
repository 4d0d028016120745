package be.koepel.volunteer.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.platform.problem.Problem;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyRulesTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-23T09:00:00+01:00");
    private static final List<DutyRules.Period> WEEK_ONE = List.of(
            new DutyRules.Period(MONDAY.toInstant(), MONDAY.plusWeeks(1).toInstant()));

    @Test
    void aDutyThatFollowsAnotherExactlyIsFine() {
        assertEquals(List.of(), DutyRules.violations(duty(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2)), WEEK_ONE));
    }

    @Test
    void aDutyThatOverlapsAnotherIsRefusedBecauseOnlyOneCoordinatorCanBePaged() {
        assertEquals(List.of("startsAt"), fields(DutyRules.violations(
                duty(MONDAY.plusDays(6), MONDAY.plusWeeks(2)), WEEK_ONE)));
    }

    @Test
    void aDutyEndsAfterItStartsAndLastsAtMostAMonth() {
        assertEquals(List.of("endsAt"), fields(DutyRules.violations(duty(MONDAY, MONDAY), List.of())));
        assertEquals(List.of("endsAt"), fields(DutyRules.violations(duty(MONDAY, MONDAY.plusDays(32)), List.of())));
    }

    private static NewDuty duty(OffsetDateTime start, OffsetDateTime end) {
        return new NewDuty("coordinator-an", "An", "+32470000001", null, start, end);
    }

    private static List<String> fields(List<Problem.Violation> violations) {
        return violations.stream().map(Problem.Violation::field).toList();
    }
}
