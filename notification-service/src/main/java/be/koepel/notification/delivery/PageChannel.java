package be.koepel.notification.delivery;

import be.koepel.notification.recipient.Recipient;

/** A way to put a page in front of a peer supporter. */
public interface PageChannel {

    /** @throws DeliveryFailed when the page did not reach the channel; nothing is assumed sent */
    void deliver(Recipient recipient, String text) throws DeliveryFailed;
}
