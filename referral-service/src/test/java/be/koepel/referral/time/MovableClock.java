package be.koepel.referral.time;

import jakarta.inject.Singleton;

/** This service's clock in tests, in place of the platform's default one: intake, steps and the idempotency ledger all read it. */
@Singleton
public class MovableClock extends be.koepel.testing.MovableClock {
}
