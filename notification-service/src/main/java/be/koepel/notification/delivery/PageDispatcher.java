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
import be.koepel.platform.work.BackgroundLoop;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers pages: right after the commit that created them, and on an interval for retries.
 *
 * <p>A page is claimed (SENDING) in one transaction, sent outside any transaction, and marked
 * SENT in another. If the process dies in between, the claim goes stale and the page is sent
 * again: a page that arrives twice is better than one that never arrives.
 */
@ApplicationScoped
public class PageDispatcher {

    private static final Logger LOG = Logger.getLogger(PageDispatcher.class);
    private static final int BATCH = 20;
    /** Longer than any send may take; a claim older than this belonged to a process that died. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(1);

    private final EntityManager em;
    private final PagingConfig config;
    private final AnswerLinks links;
    private final Outbox outbox;
    private final Clock clock;
    private final PageChannel channel;
    private final BackgroundLoop loop;
    private final Counter sent;
    private final Counter failedAttempts;
    private final Counter givenUp;

    public PageDispatcher(EntityManager em, PagingConfig config, AnswerLinks links, Outbox outbox, Clock clock,
            ConfiguredChannel channel, MeterRegistry registry) {
        this.sent = Counter.builder("koepel.pages.sent").tag("channel", config.channel())
                .description("Pages handed to a channel").register(registry);
        this.failedAttempts = Counter.builder("koepel.pages.delivery.failures").tag("channel", config.channel())
                .description("Delivery attempts a channel refused; retried with backoff").register(registry);
        this.givenUp = Counter.builder("koepel.pages.delivery.failed").tag("channel", config.channel())
                .description("Pages not delivered after every attempt").register(registry);
        this.em = em;
        this.config = config;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
        this.channel = channel.get();
        this.loop = new BackgroundLoop("page-dispatcher", config.dispatchInterval(), this::round);
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop(Duration.ofSeconds(10));
    }

    void pageCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) Pager.PageCreated created) {
        loop.wakeUp();
    }

    Duration round() {
        List<UUID> claimed = QuarkusTransaction.requiringNew().call(this::claimDue);
        for (UUID pageId : claimed) {
            deliver(pageId);
        }
        return claimed.size() == BATCH ? Duration.ZERO : config.dispatchInterval();
    }

    private List<UUID> claimDue() {
        Instant now = clock.instant();
        em.createQuery("""
                update Page p set p.deliveryStatus = :pending
                where p.deliveryStatus = :sending and p.nextDeliveryAt < :stale""")
                .setParameter("pending", Page.Delivery.PENDING)
                .setParameter("sending", Page.Delivery.SENDING)
                .setParameter("stale", now.minus(STALE_CLAIM))
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Page> due = em.createNativeQuery("""
                select * from page
                where delivery_status = 'PENDING' and next_delivery_at <= :now
                order by next_delivery_at
                limit :limit
                for update skip locked""", Page.class)
                .setParameter("now", now)
                .setParameter("limit", BATCH)
                .getResultList();
        for (Page page : due) {
            page.deliveryStatus = Page.Delivery.SENDING;
            page.deliveryAttempts++;
            page.nextDeliveryAt = now;
        }
        return due.stream().map(p -> p.id).toList();
    }

    private record Parcel(Page page, Escalation escalation, Recipient recipient, String text) {
    }

    private void deliver(UUID pageId) {
        Parcel parcel = QuarkusTransaction.requiringNew().call(() -> {
            Page page = Page.findById(pageId);
            Escalation escalation = Escalation.findById(page.escalationId);
            String text = PageText.compose(escalation.hospitalName, escalation.erDepartment, escalation.erRoom,
                    escalation.language, links.linkFor(page.id));
            return new Parcel(page, escalation, Recipient.findById(page.volunteerId), text);
        });
        if (parcel.page().status != Page.Status.AWAITING) {
            record(pageId, Page.Delivery.FAILED, "not sent: the page was " + parcel.page().status + " before delivery");
            return;
        }
        Optional<String> messageId;
        try {
            messageId = channel.deliver(parcel.recipient(), parcel.text());
        } catch (DeliveryFailed e) {
            failedAttempts.increment();
            retryLater(parcel.page(), e.getMessage());
            return;
        }
        sent.increment();
        QuarkusTransaction.requiringNew().run(() -> {
            Page page = Page.findById(pageId);
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

    private void retryLater(Page claimed, String error) {
        if (claimed.deliveryAttempts >= config.deliveryAttempts()) {
            LOG.errorf("Page %s to volunteer %s failed after %d attempts: %s; escalation goes on at its deadline",
                    claimed.id, claimed.volunteerId, claimed.deliveryAttempts, error);
            givenUp.increment();
            record(claimed.id, Page.Delivery.FAILED, error);
            return;
        }
        Duration backoff = config.deliveryBackoff().multipliedBy(1L << Math.min(claimed.deliveryAttempts - 1, 10));
        LOG.warnf("Page %s not delivered (attempt %d), retrying in %s: %s", claimed.id, claimed.deliveryAttempts,
                backoff, error);
        QuarkusTransaction.requiringNew().run(() -> {
            Page page = Page.findById(claimed.id);
            page.deliveryStatus = Page.Delivery.PENDING;
            page.nextDeliveryAt = clock.instant().plus(backoff);
            page.lastDeliveryError = error;
        });
    }

    private void record(UUID pageId, Page.Delivery status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            Page page = Page.findById(pageId);
            page.deliveryStatus = status;
            page.lastDeliveryError = error;
        });
    }
}
