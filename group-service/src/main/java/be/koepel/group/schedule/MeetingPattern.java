package be.koepel.group.schedule;

import be.koepel.platform.problem.Problem;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When a group meets, in local time: "every 2nd and 4th Tuesday 19:30–21:30". The times are wall
 * clock times in the region's zone, so a meeting stays at 19:30 when daylight saving changes.
 *
 * @param weekday the day of the week the group meets
 * @param weeksOfMonth which of that weekday in the month: 1..5, or {@value #LAST} for the last;
 *        empty or absent means every week
 * @param startTime local start time
 * @param endTime local end time, on the same day (groups meet in the evening, never past midnight)
 * @param startsOn first day the pattern applies; absent means it applies already
 * @param until last day the pattern applies; absent means open-ended
 */
public record MeetingPattern(
        @NotNull DayOfWeek weekday,
        List<Integer> weeksOfMonth,
        @NotNull LocalTime startTime,
        @NotNull LocalTime endTime,
        LocalDate startsOn,
        LocalDate until) {

    /** The ordinal that stands for "the last such weekday of the month". */
    public static final int LAST = -1;
    private static final int MAX_ORDINAL = 5;
    /**
     * Every pattern this record can express repeats within a year (a 5th weekday occurs several
     * times a year), so a pattern with no meeting in a year's search never has one.
     */
    private static final Period NEVER_SEARCH = Period.ofYears(1);

    public MeetingPattern {
        weeksOfMonth = weeksOfMonth == null ? List.of() : weeksOfMonth.stream().distinct().sorted().toList();
    }

    /** The pattern's rule violations, each naming its field under {@code prefix}; empty when it is sound. */
    public List<Problem.Violation> violations(String prefix) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (Integer week : weeksOfMonth) {
            if (week == null || (week != LAST && (week < 1 || week > MAX_ORDINAL))) {
                violations.add(new Problem.Violation(prefix + ".weeksOfMonth",
                        "must hold 1 to " + MAX_ORDINAL + " or " + LAST + " (the last)"));
                break;
            }
        }
        if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
            violations.add(new Problem.Violation(prefix + ".endTime", "must be after startTime on the same day"));
        }
        if (startsOn != null && until != null && until.isBefore(startsOn)) {
            violations.add(new Problem.Violation(prefix + ".until", "must not be before startsOn"));
        }
        return violations;
    }

    /** The first meeting day on or after {@code from}, if the pattern has one at all. */
    public Optional<LocalDate> firstDateOnOrAfter(LocalDate from) {
        // the year's search starts where the pattern does, which may be more than a year away
        LocalDate start = startsOn != null && startsOn.isAfter(from) ? startsOn : from;
        return dates(start, start.plus(NEVER_SEARCH)).stream().findFirst();
    }

    /** Meeting days from {@code from} to {@code to}, both included, within startsOn and until. */
    public List<LocalDate> dates(LocalDate from, LocalDate to) {
        LocalDate first = startsOn != null && startsOn.isAfter(from) ? startsOn : from;
        LocalDate last = until != null && until.isBefore(to) ? until : to;
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
            for (LocalDate day : daysIn(month)) {
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    dates.add(day);
                }
            }
        }
        return dates;
    }

    /** The meetings from {@code from} to {@code to}, as instants in {@code zone}. */
    public List<Occurrence> occurrences(LocalDate from, LocalDate to, ZoneId zone) {
        return dates(from, to).stream().map(date -> occurrenceOn(date, zone)).toList();
    }

    /**
     * The meeting on one day. A local time that does not exist (the hour skipped in spring)
     * moves forward by the gap, as people's clocks do; one that occurs twice takes the earlier.
     */
    public Occurrence occurrenceOn(LocalDate date, ZoneId zone) {
        ZonedDateTime start = ZonedDateTime.of(date, startTime, zone);
        ZonedDateTime end = ZonedDateTime.of(date, endTime, zone);
        if (!end.isAfter(start)) {
            // both ends fell in the skipped hour: the meeting keeps its length
            end = start.plus(Duration.between(startTime, endTime));
        }
        return new Occurrence(date, start, end);
    }

    /** "every 2nd and 4th TUESDAY 19:30–21:30", for people and calendars. */
    public String describe() {
        String which = weeksOfMonth.isEmpty() ? "every" : "every " + weeksOfMonth.stream()
                .map(MeetingPattern::ordinal).collect(Collectors.joining(" and "));
        return which + " " + weekday.name().charAt(0) + weekday.name().substring(1).toLowerCase()
                + " " + startTime + "–" + endTime;
    }

    private List<LocalDate> daysIn(YearMonth month) {
        LocalDate firstOfMonth = month.atDay(1);
        if (weeksOfMonth.isEmpty()) {
            List<LocalDate> all = new ArrayList<>();
            for (LocalDate d = firstOfMonth.with(TemporalAdjusters.nextOrSame(weekday));
                    d.getMonth() == month.getMonth(); d = d.plusWeeks(1)) {
                all.add(d);
            }
            return all;
        }
        List<LocalDate> days = new ArrayList<>();
        for (int week : weeksOfMonth) {
            LocalDate day = week == LAST ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(weekday))
                    : firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
            // a 5th weekday the month does not have rolls into the next month: skip it
            if (day.getMonth() == month.getMonth() && !days.contains(day)) {
                days.add(day);
            }
        }
        days.sort(null);
        return days;
    }

    private static String ordinal(int week) {
        return switch (week) {
            case LAST -> "last";
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> week + "th";
        };
    }

    /** One meeting of the pattern: its local day and when it starts and ends. */
    public record Occurrence(LocalDate date, ZonedDateTime startsAt, ZonedDateTime endsAt) {
    }
}
