package be.koepel.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * An open-loop load: requests are due at a fixed rate whether or not earlier ones have been
 * answered, as referrals arrive in real life. The action gets the moment the request was due.
 */
final class OpenLoad {

    private OpenLoad() {
    }

    /** @return how many requests were sent */
    static long run(double perSecond, Duration duration, LongConsumer dueAt) {
        long period = Math.max(1, Math.round(1_000_000_000.0 / perSecond));
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long sent = 0;
        while (true) {
            long due = start + sent * period;
            if (due >= end) {
                return sent;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            dueAt.accept(due);
            sent++;
        }
    }
}
