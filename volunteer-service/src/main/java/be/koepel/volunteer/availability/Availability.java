package be.koepel.volunteer.availability;

import be.koepel.platform.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rules of a volunteer's availability: blackouts are respected, and the rota says so when it hits one or places
 * the volunteer outside the weekly pattern they set.
 */
public final class Availability {

    /** A stretch of time [startsAt, endsAt), e.g. when someone is on call. */
    public record Stretch(Instant startsAt, Instant endsAt) {
    }

    /** A slot ending at 23:59 runs to midnight: 24:00 cannot be written, and that is what the volunteer means. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    /** Whole local days, both inclusive. */
    public record Period(LocalDate startsOn, LocalDate endsOn) {

        boolean contains(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }

        boolean overlaps(LocalDate first, LocalDate last) {
            return !startsOn.isAfter(last) && !endsOn.isBefore(first);
        }
    }

    private Availability() {
    }

    public static List<Problem.Violation> violations(AvailabilityInput input) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<AvailabilityInput.Slot> weekly = input.weekly() == null ? List.of() : input.weekly();
        for (int i = 0; i < weekly.size(); i++) {
            if (!weekly.get(i).to().isAfter(weekly.get(i).from())) {
                violations.add(new Problem.Violation("weekly[" + i + "].to", "must be after from"));
            }
        }
        List<AvailabilityInput.BlackoutInput> blackouts = input.blackouts() == null ? List.of() : input.blackouts();
        for (int i = 0; i < blackouts.size(); i++) {
            if (blackouts.get(i).endsOn().isBefore(blackouts.get(i).startsOn())) {
                violations.add(new Problem.Violation("blackouts[" + i + "].endsOn", "must not be before startsOn"));
            }
        }
        return violations;
    }

    /** The blackout that covers a local day, if any. */
    public static Optional<Period> blackoutOn(Collection<Period> blackouts, LocalDate day) {
        return blackouts.stream().filter(b -> b.contains(day)).findFirst();
    }

    /**
     * A warning for each blackout that an on-call period [start, end) touches, in the volunteer's local days;
     * the rota still records the period, because the coordinator may know better (a blackout just lifted).
     */
    public static List<String> warnings(String displayName, Collection<Period> blackouts, Instant start, Instant end,
            ZoneId zone) {
        LocalDate first = LocalDate.ofInstant(start, zone);
        // The end is exclusive: a shift ending at midnight does not touch the next day.
        LocalDate last = LocalDate.ofInstant(end.minusNanos(1), zone);
        return blackouts.stream()
                .filter(b -> b.overlaps(first, last))
                .map(b -> displayName + " has a blackout from " + b.startsOn() + " to " + b.endsOn())
                .toList();
    }

    /**
     * The parts of [start, end) that the weekly pattern does not cover. The slots are local times of the zone, so
     * a slot from 00:00 to 08:00 on the night the clocks change covers seven or nine hours. No pattern at all
     * means the volunteer has not said, not that they are never available: then nothing is outside it.
     */
    public static List<Stretch> outsideWeekly(Collection<AvailabilityInput.Slot> weekly, Instant start, Instant end,
            ZoneId zone) {
        if (weekly.isEmpty() || !end.isAfter(start)) {
            return List.of();
        }
        List<Stretch> covered = new ArrayList<>();
        // From the day before: a slot of that day cannot reach into this one, but its end is computed the same way.
        for (LocalDate day = LocalDate.ofInstant(start, zone).minusDays(1);
                !day.isAfter(LocalDate.ofInstant(end, zone)); day = day.plusDays(1)) {
            for (AvailabilityInput.Slot slot : weekly) {
                if (slot.day() == day.getDayOfWeek()) {
                    Instant to = slot.to().isBefore(END_OF_DAY) ? day.atTime(slot.to()).atZone(zone).toInstant()
                            : day.plusDays(1).atStartOfDay(zone).toInstant();
                    covered.add(new Stretch(day.atTime(slot.from()).atZone(zone).toInstant(), to));
                }
            }
        }
        covered.sort(Comparator.comparing(Stretch::startsAt));
        List<Stretch> outside = new ArrayList<>();
        Instant cursor = start;
        for (Stretch slot : covered) {
            if (!slot.endsAt().isAfter(cursor)) {
                continue;
            }
            if (slot.startsAt().isAfter(cursor)) {
                outside.add(new Stretch(cursor, slot.startsAt().isBefore(end) ? slot.startsAt() : end));
            }
            cursor = slot.endsAt();
            if (!cursor.isBefore(end)) {
                return outside;
            }
        }
        outside.add(new Stretch(cursor, end));
        return outside;
    }

    /**
     * One warning when on-call stretches fall outside the weekly pattern, naming the first such time in local time
     * and how many more there are; like a blackout warning, the rota still records them.
     */
    public static Optional<String> weeklyWarning(String displayName, Collection<AvailabilityInput.Slot> weekly,
            Collection<Stretch> onCall, ZoneId zone) {
        List<Stretch> outside = onCall.stream()
                .flatMap(s -> outsideWeekly(weekly, s.startsAt(), s.endsAt(), zone).stream())
                .sorted(Comparator.comparing(Stretch::startsAt))
                .toList();
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        Stretch first = outside.get(0);
        int more = outside.size() - 1;
        return Optional.of(displayName + " is on call outside their weekly availability from "
                + first.startsAt().atZone(zone).toOffsetDateTime() + " to "
                + first.endsAt().atZone(zone).toOffsetDateTime()
                + (more == 0 ? "" : " and " + more + (more == 1 ? " more time" : " more times")));
    }
}
