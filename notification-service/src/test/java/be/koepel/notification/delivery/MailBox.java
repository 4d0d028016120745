package be.koepel.notification.delivery;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads an address's inbox on the GreenMail server over IMAP. */
public final class MailBox {

    public record Mail(String subject, String text) {
    }

    private final int imapPort;

    public MailBox(int imapPort) {
        this.imapPort = imapPort;
    }

    public List<Mail> of(String address) {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mails.add(new Mail(message.getSubject(), String.valueOf(message.getContent()).trim()));
            }
            inbox.close(false);
            return mails;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read the mailbox of " + address, e);
        }
    }
}
