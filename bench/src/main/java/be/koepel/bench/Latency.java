package be.koepel.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latencies in microseconds, recorded with HdrHistogram. A {@link Recorder} lets the load
 * threads record without locks while a step is running.
 */
final class Latency {

    /** One hour in microseconds: nothing we measure legitimately takes longer. */
    private static final long HIGHEST = TimeUnit.HOURS.toMicros(1);

    private final Recorder recorder = new Recorder(HIGHEST, 3);
    private final Histogram total = new Histogram(HIGHEST, 3);

    void recordNanos(long nanos) {
        recorder.recordValue(Math.min(HIGHEST, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    void recordMicros(long micros) {
        recorder.recordValue(Math.min(HIGHEST, Math.max(0, micros)));
    }

    /** Everything recorded so far. */
    synchronized Histogram histogram() {
        total.add(recorder.getIntervalHistogram());
        return total.copy();
    }

    synchronized Summary summary() {
        return Summary.of(histogram());
    }

    /** The percentiles a report shows, in milliseconds. */
    record Summary(long count, double p50, double p99, double p999, double max, double mean) {

        static Summary of(Histogram h) {
            if (h.getTotalCount() == 0) {
                return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Summary(h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(99)),
                    ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()), h.getMean() / 1000.0);
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }
}
