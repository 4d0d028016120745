package be.koepel.notification.delivery;

/**
 * The channel said no for good (e.g. every web push subscription is gone): trying again cannot
 * help, so the contact method fails at once and the volunteer's next method goes out now.
 */
public class DeliveryRefused extends DeliveryFailed {

    public DeliveryRefused(String message) {
        super(message);
    }
}
