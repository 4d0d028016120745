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

    /** Saturday evening into Sunday morning, as a volunteer sets it: two slots, the first up to midnight. */
    private static final List<AvailabilityInput.Slot> WEEKEND_NIGHTS = List.of(
            new AvailabilityInput.Slot(DayOfWeek.SATURDAY, LocalTime.of(20, 0), LocalTime.of(23, 59)),
            new AvailabilityInput.Slot(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(8, 0)));

    @Test
    void aThirteenHourNightWhenTheClocksGoBackIsInsideAPatternOfLocalTimesUntilEight() {
        assertEquals(List.of(), Availability.outsideWeekly(WEEKEND_NIGHTS, at("2027-10-30T20:00:00+02:00"),
                at("2027-10-31T08:00:00+01:00"), Rota.REGION));
    }

    @Test
    void theHoursOnEitherSideOfTheWeeklyPatternAreOutsideItAndWarnedAboutOnceWithTheFirstInLocalTime() {
        List<Availability.Stretch> outside = Availability.outsideWeekly(WEEKEND_NIGHTS,
                at("2027-10-30T18:00:00+02:00"), at("2027-10-31T10:00:00+01:00"), Rota.REGION);

        assertEquals(List.of(new Availability.Stretch(at("2027-10-30T18:00:00+02:00"), at("2027-10-30T20:00:00+02:00")),
                new Availability.Stretch(at("2027-10-31T08:00:00+01:00"), at("2027-10-31T10:00:00+01:00"))), outside);
        assertEquals(java.util.Optional.of("Anna is on call outside their weekly availability from "
                + "2027-10-30T18:00+02:00 to 2027-10-30T20:00+02:00 and 1 more time"),
                Availability.weeklyWarning("Anna", WEEKEND_NIGHTS, List.of(new Availability.Stretch(
                        at("2027-10-30T18:00:00+02:00"), at("2027-10-31T10:00:00+01:00"))), Rota.REGION));
    }

    @Test
    void aVolunteerWhoSetNoWeeklyPatternIsNeverOutsideIt() {
        assertEquals(List.of(), Availability.outsideWeekly(List.of(), at("2027-10-30T18:00:00+02:00"),
                at("2027-10-31T10:00:00+01:00"), Rota.REGION));
    }

    private static Instant at(String at) {
        return OffsetDateTime.parse(at).toInstant();
    }
}
