package be.koepel.referral.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Small-cell suppression: a count under the threshold could point at one person (the only
 * 70-year-old from Retie on a Tuesday night), so it is not shown, and neither is a median or a
 * share computed over fewer cases.
 *
 * <p>No totals are published, but they can be worked out all the same: every dimension but the
 * hospitals counts all referrals of the period, so each one's sum is the total of the others. A
 * dimension with a single suppressed cell would give it away by subtraction, so then a second cell
 * is suppressed too (complementary suppression): the smallest shown one, which loses the least.
 */
public final class SmallCells {

    private SmallCells() {
    }

    /**
     * One cell: its count, or null and {@code suppressed} when it is withheld, because it is under the
     * threshold or so that one under the threshold cannot be worked out. The two are not told apart:
     * that would say which of them is the small one.
     */
    public record Cell(String key, Long count, boolean suppressed) {
    }

    public static List<Cell> suppress(Map<String, Long> counts, int threshold) {
        List<Cell> cells = new ArrayList<>();
        new LinkedHashMap<>(counts).forEach((key, count) -> cells.add(count < threshold
                ? new Cell(key, null, true)
                : new Cell(key, count, false)));
        if (cells.stream().filter(Cell::suppressed).count() == 1) {
            IntStream.range(0, cells.size()).filter(i -> !cells.get(i).suppressed())
                    .boxed().min(Comparator.comparing(i -> cells.get(i).count()))
                    .ifPresent(i -> cells.set(i, new Cell(cells.get(i).key(), null, true)));
        }
        return cells;
    }

    /** A figure over {@code cases} cases, or null when they are too few to show. */
    public static Double over(Double value, long cases, int threshold) {
        return value == null || cases < threshold ? null : value;
    }
}
