package be.koepel.notification.delivery;

import be.koepel.notification.paging.Escalation;
import be.koepel.notification.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The gateway reports what became of a sent SMS. "delivered" marks its contact method, and so the
 * page, DELIVERED; a final failure marks the method FAILED and brings the volunteer's next method
 * forward; a page none of whose methods reached anyone is FAILED, which the stuck-page health check
 * and metric flag while the page still waits for an answer. Interim states (queued, sent, …) change nothing.
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
    private final PageDeliveries deliveries;
    private final ContactMethodDispatcher methods;

    public DeliveryReceipts(EntityManager em, Clock clock, PageDeliveries deliveries, ContactMethodDispatcher methods) {
        this.em = em;
        this.clock = clock;
        this.deliveries = deliveries;
        this.methods = methods;
    }

    public Outcome record(String messageId, String status) {
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> apply(messageId, status));
        if (outcome == Outcome.FAILED) {
            methods.wakeUp(); // the next contact method may have been brought forward
        }
        return outcome;
    }

    private Outcome apply(String messageId, String status) {
        Optional<PageDelivery> found = PageDelivery.find("gatewayMessageId", messageId).firstResultOptional();
        if (found.isEmpty()) {
            LOG.warnf("Delivery receipt for unknown message %s (%s) ignored", messageId, status);
            return Outcome.UNKNOWN_MESSAGE;
        }
        String state = status.toLowerCase(Locale.ROOT);
        if (!DELIVERED.equals(state) && !FAILED.contains(state)) {
            return Outcome.IGNORED;
        }
        PageDelivery method = found.get();
        Page page = Page.findById(method.pageId);
        // Escalation first, then its pages: the lock order of every change to pages.
        Escalation.lock(page.escalationId).orElseThrow();
        em.refresh(method);
        em.refresh(page);
        if (DELIVERED.equals(state)) {
            method.status = PageDelivery.Status.DELIVERED;
            method.deliveredAt = clock.instant();
            em.flush();
            deliveries.sumUp(page.id);
            return Outcome.DELIVERED;
        }
        if (page.status == Page.Status.AWAITING) {
            LOG.errorf("Page %s to volunteer %s was not delivered on %s (%s); the next contact method goes out now,"
                    + " else escalation goes on at its deadline", page.id, page.volunteerId, method.channel, state);
        }
        methods.failover(method.id, "gateway receipt: " + state);
        return Outcome.FAILED;
    }
}
