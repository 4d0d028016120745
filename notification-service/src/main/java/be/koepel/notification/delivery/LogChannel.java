package be.koepel.notification.delivery;

import be.koepel.notification.recipient.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Development: the page goes to the log, so the flow can be followed without an SMS gateway. */
@ApplicationScoped
public class LogChannel implements PageChannel {

    private static final Logger LOG = Logger.getLogger("koepel.pages");

    @Override
    public Optional<String> deliver(Recipient recipient, String text) {
        LOG.infof("PAGE to %s: %s", recipient == null ? "(unknown volunteer)" : recipient.displayName, text);
        return Optional.empty();
    }
}
