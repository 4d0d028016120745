package be.koepel.volunteer.rota;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How the kinds of rota entry combine into who is on call at one instant. The precedence:
 * <ol>
 *   <li>an explicit shift ({@code POST /api/rota/shifts}) wins over the rotations at its rank: a
 *       coordinator who puts someone on call by hand for an evening means that person, not the rotation;</li>
 *   <li>otherwise, the rotations of that rank say whose turn it is;</li>
 *   <li>an override then replaces a named volunteer by another for its period, wherever the shifts or
 *       rotations put that volunteer (this is also how an approved swap takes effect).</li>
 * </ol>
 */
public final class RotaComposition {

    public static final String SHIFT = "SHIFT";
    public static final String ROTATION = "ROTATION";
    public static final String OVERRIDE = "OVERRIDE";

    /** An override: {@code replacementId} is on call instead of {@code replacedId} during [startsAt, endsAt). */
    public record Replacement(UUID replacedId, UUID replacementId, Instant startsAt, Instant endsAt) {
    }

    /** Someone on call at the instant, at a rank, within a window, and through which kind of entry. */
    public record Entry(UUID volunteerId, int rank, Instant startsAt, Instant endsAt, String source) {
    }

    private RotaComposition() {
    }

    /**
     * @param shifts the explicit shifts covering the instant
     * @param turns the rotation turns covering the instant
     * @param overrides the overrides covering the instant
     */
    public static List<Entry> compose(Collection<Entry> shifts, Collection<RotationPlan.Turn> turns,
            Collection<Replacement> overrides) {
        Set<Integer> ranksWithShifts = shifts.stream().map(Entry::rank).collect(Collectors.toSet());
        List<Entry> entries = new ArrayList<>(shifts);
        turns.stream()
                .filter(turn -> !ranksWithShifts.contains(turn.rank()))
                .forEach(turn -> entries.add(new Entry(turn.volunteerId(), turn.rank(), turn.startsAt(),
                        turn.endsAt(), ROTATION)));
        return entries.stream().map(entry -> replaced(entry, overrides)).toList();
    }

    private static Entry replaced(Entry entry, Collection<Replacement> overrides) {
        return overrides.stream()
                .filter(o -> o.replacedId().equals(entry.volunteerId()))
                .findFirst()
                .map(o -> new Entry(o.replacementId(), entry.rank(), later(entry.startsAt(), o.startsAt()),
                        earlier(entry.endsAt(), o.endsAt()), OVERRIDE))
                .orElse(entry);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
