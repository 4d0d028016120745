package be.koepel.notification.delivery;

/**
 * Nobody by this id is known (yet): their registration may still be on its way, e.g. right after
 * a restart. Not a failure of the channel, so a page keeps trying while its step lasts.
 */
public class RecipientUnknown extends DeliveryFailed {

    public RecipientUnknown(String message) {
        super(message);
    }
}
