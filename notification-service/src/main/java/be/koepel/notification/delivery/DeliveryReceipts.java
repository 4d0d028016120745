package be.koepel.notification.delivery;

import be.koepel.notification.paging.Escalation;
import be.koepel.notification.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The gateway reports what became of a sent SMS. "delivered" marks the page DELIVERED; a final
 * failure marks it FAILED, which the stuck-page health check and metric flag while the page still
 * waits for an answer. Interim states (queued, sent, …) change nothing.
 */
@ApplicationScoped
public class DeliveryReceipts {

    public enum Outcome { DELIVERED, FAILED, IGNORED, UNKNOWN_MESSAGE }

    private static final Logger LOG = Logger.getLogger(DeliveryReceipts.class);
    /** Final failure states of Twilio and of most gateways. */
    private static final Set<String> FAILED = Set.of("failed", "undelivered", "rejected", "expired");
    private static final String DELIVERED = "delivered";

    private final EntityManager em;
    private final Clock clock;

    public DeliveryReceipts(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Outcome record(String messageId, String status) {
        Optional<Page> found = Page.find("gatewayMessageId", messageId).firstResultOptional();
        if (found.isEmpty()) {
            LOG.warnf("Delivery receipt for unknown message %s (%s) ignored", messageId, status);
            return Outcome.UNKNOWN_MESSAGE;
        }
        String state = status.toLowerCase(Locale.ROOT);
        if (!DELIVERED.equals(state) && !FAILED.contains(state)) {
            return Outcome.IGNORED;
        }
        // Escalation first, then its pages: the lock order of every change to pages.
        Escalation.lock(found.get().escalationId).orElseThrow();
        Page page = found.get();
        em.refresh(page);
        if (DELIVERED.equals(state)) {
            page.deliveryStatus = Page.Delivery.DELIVERED;
            page.deliveredAt = clock.instant();
            return Outcome.DELIVERED;
        }
        page.deliveryStatus = Page.Delivery.FAILED;
        page.lastDeliveryError = "gateway receipt: " + state;
        if (page.status == Page.Status.AWAITING) {
            LOG.errorf("Page %s to volunteer %s was not delivered (%s); escalation goes on at its deadline",
                    page.id, page.volunteerId, state);
        }
        return Outcome.FAILED;
    }
}
