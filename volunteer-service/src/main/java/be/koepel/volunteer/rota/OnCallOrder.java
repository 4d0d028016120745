package be.koepel.volunteer.rota;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The order in which on-call volunteers are paged: rank first (primary before backups), then the
 * shift that started first, then the volunteer id, so that two calls never disagree.
 */
public final class OnCallOrder {

    /** By the id's text: the same order PostgreSQL gives uuids, unlike {@link UUID#compareTo}. */
    public static final Comparator<OnCallShift> ORDER = Comparator.comparingInt(OnCallShift::rank)
            .thenComparing(OnCallShift::startsAt)
            .thenComparing(shift -> shift.volunteerId().toString());

    private OnCallOrder() {
    }

    /** In paging order, each volunteer once, at their best place: overlapping shifts must not page anyone twice. */
    public static List<OnCallShift> order(Collection<OnCallShift> shifts) {
        Map<UUID, OnCallShift> best = new LinkedHashMap<>();
        shifts.stream().sorted(ORDER).forEach(shift -> best.putIfAbsent(shift.volunteerId(), shift));
        return List.copyOf(best.values());
    }
}
