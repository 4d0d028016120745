package be.koepel.volunteer.availability;

import be.koepel.platform.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Rules of a volunteer's availability: blackouts are respected, and the rota says so when it hits one. */
public final class Availability {

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
}
