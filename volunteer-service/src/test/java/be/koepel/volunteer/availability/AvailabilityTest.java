package be.koepel.volunteer.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.platform.problem.Problem;
import be.koepel.volunteer.rota.Rota;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static final List<Availability.Period> HOLIDAY = List.of(
            new Availability.Period(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 27)));

    @Test
    void aShiftThatTouchesABlackoutDayIsWarnedAbout() {
        assertEquals(List.of("Anna has a blackout from 2026-12-20 to 2026-12-27"), Availability.warnings("Anna",
                HOLIDAY, at("2026-12-19T18:00:00+01:00"), at("2026-12-20T08:00:00+01:00"), Rota.REGION));
    }

    @Test
    void aShiftEndingAtMidnightBeforeTheBlackoutIsNotWarnedAbout() {
        assertEquals(List.of(), Availability.warnings("Anna", HOLIDAY, at("2026-12-19T18:00:00+01:00"),
                at("2026-12-20T00:00:00+01:00"), Rota.REGION));
    }

    @Test
    void blackoutDaysAreLocalDaysWithBothEndsIncluded() {
        assertEquals(true, Availability.blackoutOn(HOLIDAY, LocalDate.of(2026, 12, 27)).isPresent());
        assertEquals(false, Availability.blackoutOn(HOLIDAY, LocalDate.of(2026, 12, 28)).isPresent());
        // 23:30 UTC on the 19th is already the 20th in Brussels.
        assertEquals(1, Availability.warnings("Anna", HOLIDAY, Instant.parse("2026-12-19T23:30:00Z"),
                Instant.parse("2026-12-19T23:45:00Z"), Rota.REGION).size());
    }

    @Test
    void aSlotEndsAfterItStartsAndABlackoutDoesNotEndBeforeItStartsEachNamedByItsPlace() {
        AvailabilityInput input = new AvailabilityInput(
                List.of(new AvailabilityInput.Slot(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.of(23, 0)),
                        new AvailabilityInput.Slot(DayOfWeek.SATURDAY, LocalTime.of(23, 0), LocalTime.of(2, 0))),
                List.of(new AvailabilityInput.BlackoutInput(LocalDate.of(2026, 12, 27), LocalDate.of(2026, 12, 20),
                        null)));

        assertEquals(List.of("weekly[1].to", "blackouts[0].endsOn"),
                Availability.violations(input).stream().map(Problem.Violation::field).toList());
    }

    private static Instant at(String at) {
        return OffsetDateTime.parse(at).toInstant();
    }
}
