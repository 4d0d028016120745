package be.koepel.notification.delivery;

import be.koepel.notification.recipient.Recipient;
import java.util.Optional;

/** A way to put a page in front of a peer supporter. */
public interface PageChannel {

    /**
     * @return the gateway's id of the message, when it gives one: its delivery receipts name it
     * @throws DeliveryFailed when the page did not reach the channel; nothing is assumed sent
     */
    Optional<String> deliver(Recipient recipient, String text) throws DeliveryFailed;
}
