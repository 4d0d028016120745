package be.koepel.volunteer.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.platform.problem.Problem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShiftRulesTest {

    private static final OffsetDateTime EVENING = OffsetDateTime.parse("2026-11-24T18:00:00+01:00");

    @Test
    void aShiftOfAKnownVolunteerThatEndsAfterItStartsIsFine() {
        assertEquals(List.of(), ShiftRules.violations(shift(EVENING, EVENING.plusHours(14)), id -> true));
    }

    @Test
    void aShiftThatEndsWhenItStartsNamesEndsAt() {
        assertEquals(List.of("endsAt"), fields(ShiftRules.violations(shift(EVENING, EVENING), id -> true)));
    }

    @Test
    void aShiftOfMoreThanAWeekIsTakenForATypoInTheEnd() {
        assertEquals(List.of("endsAt"),
                fields(ShiftRules.violations(shift(EVENING, EVENING.plusDays(7).plusMinutes(1)), id -> true)));
    }

    @Test
    void anUnknownVolunteerNamesVolunteerIdAlongsideTheOtherBadFields() {
        assertEquals(List.of("endsAt", "volunteerId"),
                fields(ShiftRules.violations(shift(EVENING, EVENING.minusHours(1)), id -> false)));
    }

    @Test
    void offsetsAreComparedAsInstantsSoADaylightSavingNightIsNotRefused() {
        // 27 March 2027, 22:00 CET to 28 March 08:00 CEST: 9 hours, across the change to summer time.
        NewShift overnight = shift(OffsetDateTime.parse("2027-03-27T22:00:00+01:00"),
                OffsetDateTime.parse("2027-03-28T08:00:00+02:00"));
        assertEquals(List.of(), ShiftRules.violations(overnight, id -> true));
    }

    private static NewShift shift(OffsetDateTime start, OffsetDateTime end) {
        return new NewShift(UUID.randomUUID(), "az-turnhout", start, end, 1);
    }

    private static List<String> fields(List<Problem.Violation> violations) {
        return violations.stream().map(Problem.Violation::field).toList();
    }
}
