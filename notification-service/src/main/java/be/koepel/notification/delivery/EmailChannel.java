package be.koepel.notification.delivery;

import be.koepel.notification.recipient.Recipient;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Sends a page or notice as a plain-text e-mail over SMTP (quarkus.mailer.*). The subject is the
 * text's opening ("Koepel spoedoproep", "Koepel ALARM", "Koepel"), so that a phone's lock screen
 * shows what kind of message it is; the body is the same text as the SMS, answer link included.
 */
@ApplicationScoped
public class EmailChannel implements PageChannel {

    private final Mailer mailer;

    public EmailChannel(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Optional<String> deliver(Recipient recipient, String text) throws DeliveryFailed {
        if (recipient == null || recipient.email == null) {
            throw new DeliveryFailed("no e-mail address known for this recipient");
        }
        return sendTo(recipient.email, text);
    }

    public Optional<String> sendTo(String address, String text) throws DeliveryFailed {
        try {
            mailer.send(Mail.withText(address, subject(text), text));
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new DeliveryFailed("SMTP server refused or unreachable: " + e.getMessage(), e);
        }
    }

    static String subject(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && colon <= 40 ? text.substring(0, colon) : "Koepel";
    }
}
