package be.koepel.group.time;

import jakarta.inject.Singleton;

/** This service's clock in tests, in place of the platform's default one: session planning, the rolling horizon and every other feature read it. */
@Singleton
public class MovableClock extends be.koepel.testing.MovableClock {
}
