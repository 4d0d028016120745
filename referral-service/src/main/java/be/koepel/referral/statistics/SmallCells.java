package be.koepel.referral.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression: a count under the threshold could point at one person (the only
 * 70-year-old from Retie on a Tuesday night), so it is not shown, and neither is a median or a
 * share computed over fewer cases. No totals are published beside the cells, so that a
 * suppressed cell cannot be worked out by subtraction.
 */
public final class SmallCells {

    private SmallCells() {
    }

    /** One cell: its count, or null and {@code suppressed} when the count is under the threshold. */
    public record Cell(String key, Long count, boolean suppressed) {
    }

    public static List<Cell> suppress(Map<String, Long> counts, int threshold) {
        List<Cell> cells = new ArrayList<>();
        new LinkedHashMap<>(counts).forEach((key, count) -> cells.add(count < threshold
                ? new Cell(key, null, true)
                : new Cell(key, count, false)));
        return cells;
    }

    /** A figure over {@code cases} cases, or null when they are too few to show. */
    public static Double over(Double value, long cases, int threshold) {
        return value == null || cases < threshold ? null : value;
    }
}
