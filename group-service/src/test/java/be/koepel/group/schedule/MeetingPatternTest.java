package be.koepel.group.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import be.koepel.platform.problem.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingPatternTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalTime HALF_PAST_SEVEN = LocalTime.of(19, 30);
    private static final LocalTime HALF_PAST_NINE = LocalTime.of(21, 30);

    private static MeetingPattern tuesdays(List<Integer> weeks) {
        return new MeetingPattern(DayOfWeek.TUESDAY, weeks, HALF_PAST_SEVEN, HALF_PAST_NINE, null, null);
    }

    @Test
    void everySecondAndFourthTuesdayMeetsOnExactlyThoseTuesdays() {
        assertThat(tuesdays(List.of(4, 2)).dates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30)))
                .containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 24),
                        LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 28));
    }

    @Test
    void aPatternWithoutWeeksMeetsEveryWeek() {
        assertThat(tuesdays(List.of()).dates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .containsExactly(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17),
                        LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 31));
    }

    @Test
    void aFifthTuesdayMeetsOnlyInMonthsThatHaveOne() {
        assertThat(tuesdays(List.of(5)).dates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)))
                .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30));
    }

    @Test
    void theLastFridayIsTheLastOneOfEachMonth() {
        MeetingPattern lastFriday = new MeetingPattern(DayOfWeek.FRIDAY, List.of(MeetingPattern.LAST),
                HALF_PAST_SEVEN, HALF_PAST_NINE, null, null);
        assertThat(lastFriday.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)))
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27));
    }

    @Test
    void aMeetingStaysAtHalfPastSevenLocalTimeWhenSummerTimeStartsOn29March2026() {
        List<MeetingPattern.Occurrence> meetings = tuesdays(List.of())
                .occurrences(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 31), BRUSSELS);

        assertThat(meetings).extracting(o -> o.startsAt().toInstant())
                .containsExactly(Instant.parse("2026-03-24T18:30:00Z"), Instant.parse("2026-03-31T17:30:00Z"));
        assertThat(meetings).allSatisfy(o -> {
            assertThat(o.startsAt().toLocalTime()).isEqualTo(HALF_PAST_SEVEN);
            assertThat(Duration.between(o.startsAt(), o.endsAt())).isEqualTo(Duration.ofHours(2));
        });
    }

    @Test
    void aMeetingStaysAtHalfPastSevenLocalTimeWhenSummerTimeEndsOn25October2026() {
        List<MeetingPattern.Occurrence> meetings = tuesdays(List.of())
                .occurrences(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 27), BRUSSELS);

        assertThat(meetings).extracting(o -> o.startsAt().toInstant())
                .containsExactly(Instant.parse("2026-10-20T17:30:00Z"), Instant.parse("2026-10-27T18:30:00Z"));
        assertThat(meetings).allSatisfy(o -> assertThat(o.endsAt().toLocalTime()).isEqualTo(HALF_PAST_NINE));
    }

    @Test
    void aSundayAfternoonMeetingOnTheDaysTheClocksChangeKeepsItsLocalTimes() {
        MeetingPattern sundays = new MeetingPattern(DayOfWeek.SUNDAY, List.of(MeetingPattern.LAST),
                LocalTime.of(14, 0), LocalTime.of(16, 0), null, null);

        assertThat(sundays.occurrenceOn(LocalDate.of(2026, 3, 29), BRUSSELS).startsAt().toInstant())
                .isEqualTo(Instant.parse("2026-03-29T12:00:00Z"));
        assertThat(sundays.occurrenceOn(LocalDate.of(2026, 10, 25), BRUSSELS).startsAt().toInstant())
                .isEqualTo(Instant.parse("2026-10-25T13:00:00Z"));
    }

    @Test
    void aMeetingInTheHourSkippedInSpringStartsAfterTheJumpAndKeepsItsLength() {
        MeetingPattern night = new MeetingPattern(DayOfWeek.SUNDAY, List.of(), LocalTime.of(2, 15),
                LocalTime.of(2, 45), null, null);

        MeetingPattern.Occurrence meeting = night.occurrenceOn(LocalDate.of(2026, 3, 29), BRUSSELS);

        assertThat(meeting.startsAt().toLocalTime()).isEqualTo(LocalTime.of(3, 15));
        assertThat(Duration.between(meeting.startsAt(), meeting.endsAt())).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void meetingsFallOnlyBetweenStartsOnAndUntil() {
        MeetingPattern bounded = new MeetingPattern(DayOfWeek.TUESDAY, List.of(), HALF_PAST_SEVEN, HALF_PAST_NINE,
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 24));

        assertThat(bounded.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 24));
    }

    @Test
    void aPatternThatEndedBeforeTodayNeverProducesASession() {
        MeetingPattern ended = new MeetingPattern(DayOfWeek.TUESDAY, List.of(2), HALF_PAST_SEVEN, HALF_PAST_NINE,
                null, LocalDate.of(2025, 12, 31));

        assertThat(ended.firstDateOnOrAfter(LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(tuesdays(List.of(5)).firstDateOnOrAfter(LocalDate.of(2026, 4, 1)))
                .contains(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aPatternStartingMoreThanAYearAheadStillProducesItsFirstSession() {
        MeetingPattern later = new MeetingPattern(DayOfWeek.TUESDAY, List.of(2), HALF_PAST_SEVEN, HALF_PAST_NINE,
                LocalDate.of(2028, 1, 1), null);

        assertThat(later.firstDateOnOrAfter(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(2028, 1, 11));
    }

    @Test
    void anEndBeforeTheStartOrAWeekOutsideTheMonthIsNamedAsAViolation() {
        MeetingPattern wrong = new MeetingPattern(DayOfWeek.TUESDAY, List.of(0, 2), HALF_PAST_NINE, HALF_PAST_SEVEN,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1));

        assertThat(wrong.violations("meetingPattern")).extracting(Problem.Violation::field)
                .containsExactlyInAnyOrder("meetingPattern.weeksOfMonth", "meetingPattern.endTime",
                        "meetingPattern.until");
        assertThat(tuesdays(List.of(2, 4)).violations("meetingPattern")).isEmpty();
    }

    @Test
    void aPatternDescribesItselfAsPeopleSayIt() {
        assertThat(tuesdays(List.of(4, 2)).describe()).isEqualTo("every 2nd and 4th Tuesday 19:30–21:30");
        assertThat(tuesdays(List.of()).describe()).isEqualTo("every Tuesday 19:30–21:30");
    }
}
