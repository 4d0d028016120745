package be.koepel.volunteer.rota;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One schedule's rota over a window, as consecutive segments in which who is on call does not change. Built
 * from the same {@link RotaComposition} as the on-call answer at one instant, evaluated at every instant where
 * a shift, a rotation turn or an override starts or ends; so gaps, a volunteer's shifts and the iCal feed all
 * agree with who would be paged. Rotation turns are local-time hand-offs, so segments follow daylight saving.
 */
public final class RotaTimeline {

    /** [startsAt, endsAt) with the entries on call throughout it; empty entries: nobody is on call. */
    public record Segment(Instant startsAt, Instant endsAt, List<RotaComposition.Entry> onCall) {
    }

    /** A period, e.g. a gap or one volunteer's shift: [startsAt, endsAt). */
    public record Period(Instant startsAt, Instant endsAt) {
    }

    private final List<Segment> segments;

    private RotaTimeline(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    /**
     * @param shifts explicit shifts overlapping the window
     * @param rotations every rotation of the hospital
     * @param overrides overrides overlapping the window
     */
    public static RotaTimeline of(Collection<RotaComposition.Entry> shifts, Collection<RotationPlan> rotations,
            Collection<RotaComposition.Replacement> overrides, Instant from, Instant to) {
        TreeSet<Instant> cuts = new TreeSet<>(List.of(from, to));
        shifts.forEach(s -> cut(cuts, s.startsAt(), s.endsAt(), from, to));
        overrides.forEach(o -> cut(cuts, o.startsAt(), o.endsAt(), from, to));
        rotations.forEach(r -> r.turnsBetween(from, to).forEach(t -> cut(cuts, t.startsAt(), t.endsAt(), from, to)));
        List<Segment> segments = new ArrayList<>();
        Instant start = null;
        for (Instant cut : cuts) {
            if (start != null) {
                Instant at = start;
                List<RotaComposition.Entry> covering = shifts.stream()
                        .filter(s -> !s.startsAt().isAfter(at) && s.endsAt().isAfter(at)).toList();
                List<RotationPlan.Turn> turns = rotations.stream().map(r -> r.turnAt(at)).flatMap(Optional::stream)
                        .toList();
                List<RotaComposition.Replacement> replacing = overrides.stream()
                        .filter(o -> !o.startsAt().isAfter(at) && o.endsAt().isAfter(at)).toList();
                segments.add(new Segment(start, cut, RotaComposition.compose(covering, turns, replacing)));
            }
            start = cut;
        }
        return new RotaTimeline(segments);
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The periods with nobody on call, adjacent ones merged. */
    public List<Period> gaps() {
        return merged(segments.stream().filter(s -> s.onCall().isEmpty()).toList());
    }

    /** The periods this volunteer is on call at any rank, adjacent ones merged. */
    public List<Period> shiftsOf(UUID volunteerId) {
        return merged(segments.stream()
                .filter(s -> s.onCall().stream().anyMatch(e -> e.volunteerId().equals(volunteerId))).toList());
    }

    /** The periods this volunteer is on call through one kind of entry, e.g. as someone's replacement. */
    public List<Period> shiftsOf(UUID volunteerId, String source) {
        return merged(segments.stream().filter(s -> s.onCall().stream()
                .anyMatch(e -> e.volunteerId().equals(volunteerId) && e.source().equals(source))).toList());
    }

    /** Everyone on call at some point in the window. */
    public List<UUID> volunteers() {
        return segments.stream().flatMap(s -> s.onCall().stream()).map(RotaComposition.Entry::volunteerId)
                .distinct().toList();
    }

    /**
     * The periods in both lists, e.g. when neither a hospital's own schedule nor its shared one has anyone on
     * call. Each list is in order and its periods do not overlap, as {@link #gaps()} gives them.
     */
    public static List<Period> common(List<Period> a, List<Period> b) {
        List<Period> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Period x = a.get(i);
            Period y = b.get(j);
            Instant start = x.startsAt().isAfter(y.startsAt()) ? x.startsAt() : y.startsAt();
            Instant end = x.endsAt().isBefore(y.endsAt()) ? x.endsAt() : y.endsAt();
            if (start.isBefore(end)) {
                common.add(new Period(start, end));
            }
            if (x.endsAt().isBefore(y.endsAt())) {
                i++;
            } else {
                j++;
            }
        }
        return List.copyOf(common);
    }

    private static List<Period> merged(List<Segment> parts) {
        List<Period> periods = new ArrayList<>();
        for (Segment part : parts) {
            Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last != null && last.endsAt().equals(part.startsAt())) {
                periods.set(periods.size() - 1, new Period(last.startsAt(), part.endsAt()));
            } else {
                periods.add(new Period(part.startsAt(), part.endsAt()));
            }
        }
        return List.copyOf(periods);
    }

    private static void cut(TreeSet<Instant> cuts, Instant start, Instant end, Instant from, Instant to) {
        for (Instant at : List.of(start, end)) {
            if (at.isAfter(from) && at.isBefore(to)) {
                cuts.add(at);
            }
        }
    }
}
