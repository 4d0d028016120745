package be.koepel.notification.delivery;

/** A channel could not hand the page over; the dispatcher retries with backoff. */
public class DeliveryFailed extends Exception {

    public DeliveryFailed(String message) {
        super(message);
    }

    public DeliveryFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
