package be.koepel.group.report;

/**
 * Small-cell suppression: a count under the threshold is not shown, so that a report about a
 * small group in one month cannot point at a person.
 */
public final class SmallCells {

    private final int threshold;

    public SmallCells(int threshold) {
        this.threshold = threshold;
    }

    /** Every count under the threshold is suppressed, zero included, so a blank never tells "nobody". */
    public Cell of(long count) {
        return count < threshold ? new Cell(null, true) : new Cell(count, false);
    }

    /** A count as shown: its value, or null with {@code suppressed} set. */
    public record Cell(Long value, boolean suppressed) {
    }
}
