package be.koepel.notification.delivery;

import java.time.Instant;

/**
 * Nothing was tried: the message is held back until {@code until} (e.g. its recipient had their
 * share of messages for now). A hold is not an attempt, so however often a message is held it
 * keeps every attempt it is allowed for real failures.
 */
public class DeliveryHeld extends DeliveryFailed {

    private final Instant until;

    public DeliveryHeld(String message, Instant until) {
        super(message);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
