package be.koepel.volunteer;

import java.time.Duration;

/** Waits for an effect of an event a consumer processes on its own thread: checks until it holds, or fails. */
public final class Eventually {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 200;

    private Eventually() {
    }

    public static void check(Runnable assertion) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
