package be.koepel.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Six digits that no other caller in this test JVM gets, for phone numbers, names and references
 * of a person of a test's own. Counted, not drawn: two random draws may meet, and then duplicate-person
 * detection links two tests' referrals. Starts above the fixed numbers tests write out by hand
 * ({@code +32 470 12 34 56}, {@code +32 470 00 00 01}); every test gets a fresh database, so a new
 * JVM may count from the start again.
 */
public final class UniqueDigits {

    private static final AtomicInteger NEXT = new AtomicInteger(200_000);

    private UniqueDigits() {
    }

    public static int next() {
        int digits = NEXT.getAndIncrement();
        if (digits > 999_999) {
            throw new IllegalStateException("more than 800,000 unique six-digit numbers asked for in one test run");
        }
        return digits;
    }
}
