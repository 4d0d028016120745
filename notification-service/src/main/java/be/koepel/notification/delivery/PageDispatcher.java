package be.koepel.notification.delivery;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageSent;
import be.koepel.notification.paging.AnswerLinks;
import be.koepel.notification.paging.Escalation;
import be.koepel.notification.paging.Page;
import be.koepel.notification.paging.Pager;
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
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Delivers pages through the {@link DeliveryWorker}: right after the commit that created them, and
 * on an interval for retries. A page to a volunteer not known yet is retried for as long as the
 * page waits for an answer; the escalation moves on at the step's deadline as usual.
 */
@ApplicationScoped
public class PageDispatcher implements DeliveryWorker.Handler {

    private static final Logger LOG = Logger.getLogger(PageDispatcher.class);

    private final PagingConfig config;
    private final AnswerLinks links;
    private final Outbox outbox;
    private final Clock clock;
    private final PageChannel channel;
    private final DeliveryWorker worker;
    private final Counter sent;
    private final Counter failedAttempts;
    private final Counter givenUp;
    private final Counter recipientUnknown;

    public PageDispatcher(EntityManager em, PagingConfig config, AnswerLinks links, Outbox outbox, Clock clock,
            ConfiguredChannel channel, MeterRegistry registry) {
        this.sent = Counter.builder("koepel.pages.sent").tag("channel", config.channel())
                .description("Pages handed to a channel").register(registry);
        this.failedAttempts = Counter.builder("koepel.pages.delivery.failures").tag("channel", config.channel())
                .description("Delivery attempts a channel refused; retried with backoff").register(registry);
        this.givenUp = Counter.builder("koepel.pages.delivery.failed").tag("channel", config.channel())
                .description("Pages not delivered after every attempt").register(registry);
        this.recipientUnknown = Counter.builder("koepel.pages.recipient.unknown")
                .description("Delivery attempts of a page to a volunteer not known (yet); retried while the step lasts")
                .register(registry);
        this.config = config;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
        this.channel = channel.get();
        this.worker = new DeliveryWorker("page-dispatcher", em, new DeliveryQueue("page"), clock,
                config.dispatchInterval(), this);
    }

    void start(@Observes StartupEvent startup) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop();
    }

    void pageCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) Pager.PageCreated created) {
        worker.wakeUp();
    }

    private record Parcel(Page page, Escalation escalation, Recipient recipient, String text) {
    }

    @Override
    public void deliver(DeliveryQueue.Claim claim) throws DeliveryFailed {
        Parcel parcel = QuarkusTransaction.requiringNew().call(() -> {
            Page page = Page.findById(claim.id());
            Escalation escalation = Escalation.findById(page.escalationId);
            String text = PageText.compose(escalation.hospitalName, escalation.erDepartment, escalation.erRoom,
                    escalation.language, links.linkFor(page.id));
            return new Parcel(page, escalation, Recipient.findById(page.volunteerId), text);
        });
        if (parcel.page().status != Page.Status.AWAITING) {
            worker.failed(claim.id(), "not sent: the page was " + parcel.page().status + " before delivery");
            return;
        }
        if (parcel.recipient() == null) {
            throw new RecipientUnknown("volunteer " + parcel.page().volunteerId + " is not known (yet)");
        }
        Optional<String> messageId = channel.deliver(parcel.recipient(), parcel.text());
        sent.increment();
        QuarkusTransaction.requiringNew().run(() -> {
            Page page = Page.findById(claim.id());
            if (page.deliveryStatus == Page.Delivery.SENDING) {
                page.deliveryStatus = Page.Delivery.SENT;
            }
            page.sentAt = clock.instant();
            page.lastDeliveryError = null;
            page.gatewayMessageId = messageId.orElse(null);
            outbox.publish(Topics.NOTIFICATION_EVENTS, EventTypes.PAGE_SENT, parcel.escalation().referralId.toString(),
                    new PageSent(page.id, parcel.escalation().referralId, page.volunteerId, page.candidateRank,
                            page.sentAt, page.acknowledgeBy));
        });
    }

    @Override
    public Optional<Instant> retryAt(DeliveryQueue.Claim claim, DeliveryFailed failure) {
        Duration backoff = DeliveryQueue.backoff(claim.attempt(), config.deliveryBackoff(), config.maxDeliveryBackoff());
        if (failure instanceof RecipientUnknown) {
            recipientUnknown.increment();
            boolean stillPaging = QuarkusTransaction.requiringNew().call(() -> {
                Page page = Page.findById(claim.id());
                return page.status == Page.Status.AWAITING;
            });
            if (stillPaging) {
                // Their registration may be on its way (a consumer that restarted is catching up): never drop the page.
                LOG.warnf("Page %s (attempt %d): %s; retrying in %s while the step lasts", claim.id(), claim.attempt(),
                        failure.getMessage(), backoff);
                return Optional.of(clock.instant().plus(backoff));
            }
            LOG.errorf("Page %s: %s until its step ended; the escalation went on", claim.id(), failure.getMessage());
            return Optional.empty();
        }
        failedAttempts.increment();
        if (claim.attempt() >= config.deliveryAttempts()) {
            LOG.errorf("Page %s failed after %d attempts: %s; escalation goes on at its deadline",
                    claim.id(), claim.attempt(), failure.getMessage());
            givenUp.increment();
            return Optional.empty();
        }
        LOG.warnf("Page %s not delivered (attempt %d), retrying in %s: %s", claim.id(), claim.attempt(), backoff,
                failure.getMessage());
        return Optional.of(clock.instant().plus(backoff));
    }
}
