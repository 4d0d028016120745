package be.koepel.notification.delivery;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageSent;
import be.koepel.notification.paging.AnswerLinks;
import be.koepel.notification.paging.Escalation;
import be.koepel.notification.paging.Page;
import be.koepel.notification.paging.PagingConfig;
import be.koepel.notification.recipient.Recipient;
import be.koepel.platform.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends each contact method of a page when it is due, through the {@link DeliveryWorker}: claimed,
 * sent outside any transaction, marked, retried with backoff. A method due after the page was
 * answered or its step ended is skipped. A method that fails for good, after its retries or at once
 * when the channel refuses it for good ({@link DeliveryRefused}), brings the next one forward
 * (failover). The first method that goes out makes the page sent ({@code page.sent.v1}, once).
 */
@ApplicationScoped
public class ContactMethodDispatcher implements DeliveryWorker.Handler {

    private static final Logger LOG = Logger.getLogger(ContactMethodDispatcher.class);

    private final EntityManager em;
    private final PagingConfig config;
    private final AnswerLinks links;
    private final Outbox outbox;
    private final Clock clock;
    private final ConfiguredChannel channels;
    private final PageDeliveries deliveries;
    private final MeterRegistry registry;
    private final DeliveryWorker worker;

    public ContactMethodDispatcher(EntityManager em, PagingConfig config, AnswerLinks links, Outbox outbox,
            Clock clock, ConfiguredChannel channels, PageDeliveries deliveries, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
        this.channels = channels;
        this.deliveries = deliveries;
        this.registry = registry;
        this.worker = new DeliveryWorker("page-methods", em, new DeliveryQueue("page_delivery"), clock,
                config.dispatchInterval(), config.deliveryConcurrency(), this);
    }

    void start(@Observes StartupEvent startup) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop();
    }

    /** Methods were planned or brought forward: send what is due now rather than at the next interval. */
    public void wakeUp() {
        worker.wakeUp();
    }

    private record Parcel(PageDelivery method, Page page, Escalation escalation, Recipient recipient, String text,
            String answerLink) {
    }

    @Override
    public void deliver(DeliveryQueue.Claim claim) throws DeliveryFailed {
        Parcel parcel = QuarkusTransaction.requiringNew().call(() -> {
            PageDelivery method = PageDelivery.findById(claim.id());
            Page page = Page.findById(method.pageId);
            Escalation escalation = Escalation.findById(page.escalationId);
            String link = links.linkFor(page.id, page.createdAt);
            String text = PageText.compose(escalation.hospitalName, escalation.erDepartment, escalation.erRoom,
                    escalation.language, link);
            return new Parcel(method, page, escalation, Recipient.findById(page.volunteerId), text, link);
        });
        if (parcel.page().status != Page.Status.AWAITING) {
            QuarkusTransaction.requiringNew().run(() -> {
                Escalation.lock(parcel.escalation().id).orElseThrow();
                deliveries.skip(claim.id(), "not sent: the page was " + parcel.page().status + " before "
                        + parcel.method().channel + " was due");
                deliveries.sumUp(parcel.page().id);
            });
            return;
        }
        String channel = tag(parcel.method().channel);
        Optional<String> messageId = channels.sendTo(parcel.method().channel, parcel.method().address,
                parcel.recipient(), parcel.text(), parcel.answerLink());
        counter("koepel.pages.sent", channel, "Pages handed to a channel, per channel").increment();
        // safe to run again: the status only moves on from SENDING, page.sent.v1 only while sentAt is unset
        worker.record(() -> {
            Escalation.lock(parcel.escalation().id).orElseThrow();
            Instant now = clock.instant();
            em.createNativeQuery("""
                    update page_delivery set delivery_status = case when delivery_status = 'SENDING' then 'SENT'
                        else delivery_status end, sent_at = :now, last_delivery_error = null, gateway_message_id = :message
                    where id = :id""")
                    .setParameter("now", now).setParameter("message", messageId.orElse(null))
                    .setParameter("id", claim.id()).executeUpdate();
            Page page = Page.findById(parcel.page().id);
            boolean first = page.sentAt == null;
            deliveries.sumUp(page.id);
            em.refresh(page);
            if (first) {
                outbox.publish(Topics.NOTIFICATION_EVENTS, EventTypes.PAGE_SENT, parcel.escalation().referralId.toString(),
                        new PageSent(page.id, parcel.escalation().referralId, page.volunteerId, page.candidateRank,
                                page.sentAt, page.acknowledgeBy));
            }
        });
    }

    @Override
    public Optional<Instant> retryAt(DeliveryQueue.Claim claim, DeliveryFailed failure) {
        PageDelivery method = QuarkusTransaction.requiringNew().call(() -> PageDelivery.findById(claim.id()));
        String channel = tag(method.channel);
        counter("koepel.pages.delivery.failures", channel, "Delivery attempts a channel refused; retried with backoff")
                .increment();
        if (failure instanceof DeliveryRefused) {
            counter("koepel.pages.delivery.failed", channel, "Contact methods of pages not delivered after every attempt")
                    .increment();
            LOG.errorf("Page %s on %s refused for good: %s; the next contact method goes out now", method.pageId,
                    channel, failure.getMessage());
            failedForGood(claim.id(), failure.getMessage());
            return Optional.empty();
        }
        if (claim.attempt() < config.deliveryAttempts()) {
            Duration backoff = DeliveryQueue.backoff(claim.attempt(), config.deliveryBackoff(), config.maxDeliveryBackoff());
            LOG.warnf("Page %s on %s not delivered (attempt %d), retrying in %s: %s", method.pageId, channel,
                    claim.attempt(), backoff, failure.getMessage());
            return Optional.of(clock.instant().plus(backoff));
        }
        counter("koepel.pages.delivery.failed", channel, "Contact methods of pages not delivered after every attempt")
                .increment();
        LOG.errorf("Page %s on %s failed after %d attempts: %s; the next contact method goes out now", method.pageId,
                channel, claim.attempt(), failure.getMessage());
        failedForGood(claim.id(), failure.getMessage());
        return Optional.empty();
    }

    /** A method that failed for good, by its retries or by the gateway's receipt: the next method goes out at once. */
    public void failedForGood(UUID deliveryId, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            PageDelivery method = PageDelivery.findById(deliveryId);
            Page page = Page.findById(method.pageId);
            Escalation.lock(page.escalationId).orElseThrow();
            failover(deliveryId, error);
        });
        worker.wakeUp();
    }

    /** In the caller's transaction, with the escalation locked. */
    public void failover(UUID deliveryId, String error) {
        PageDelivery method = PageDelivery.findById(deliveryId);
        em.refresh(method);
        em.createNativeQuery("update page_delivery set delivery_status = 'FAILED', last_delivery_error = :error"
                + " where id = :id").setParameter("error", error).setParameter("id", deliveryId).executeUpdate();
        deliveries.bringNextForward(method.pageId, method.position, clock.instant());
        deliveries.sumUp(method.pageId);
    }

    private Counter counter(String name, String channel, String description) {
        return Counter.builder(name).tag("channel", channel).description(description).register(registry);
    }

    private static String tag(String method) {
        return ConfiguredChannel.nameFor(method);
    }
}
