package be.koepel.notification.notice;

import be.koepel.notification.coordinator.CoordinatorOnDuty;
import be.koepel.notification.delivery.DeliveryFailed;
import be.koepel.notification.delivery.DeliveryHeld;
import be.koepel.notification.delivery.DeliveryQueue;
import be.koepel.notification.delivery.DeliveryRefused;
import be.koepel.notification.delivery.DeliveryWorker;
import be.koepel.notification.delivery.EveryChannel;
import be.koepel.notification.delivery.RecipientUnknown;
import be.koepel.notification.paging.PagingConfig;
import be.koepel.notification.recipient.Recipient;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers notices when they are due, through the {@link DeliveryWorker} like pages and alerts, on
 * up to koepel.notices.delivery-concurrency threads. A notice goes to each channel of its recipient
 * on its own ({@link EveryChannel}): a retry goes out only on the channels that failed.
 */
@ApplicationScoped
public class NoticeDispatcher implements DeliveryWorker.Handler {

    private static final Logger LOG = Logger.getLogger(NoticeDispatcher.class);

    private final PagingConfig paging;
    private final NoticeConfig config;
    private final Clock clock;
    private final EveryChannel channels;
    private final CoordinatorOnDuty coordinator;
    private final DeliveryQueue queue = new DeliveryQueue("notice");
    private final DeliveryWorker worker;
    private final Counter sent;
    private final Counter givenUp;
    private final Counter throttledCount;
    private final EntityManager em;

    /** The recipient had their share of messages for now; not a failure. */
    static final class Throttled extends DeliveryHeld {
        Throttled(Instant until) {
            super("throttled: too many messages to this recipient within the window, held until " + until, until);
        }
    }

    public NoticeDispatcher(EntityManager em, PagingConfig paging, NoticeConfig config, Clock clock,
            EveryChannel channels, CoordinatorOnDuty coordinator, MeterRegistry registry) {
        this.paging = paging;
        this.config = config;
        this.clock = clock;
        this.channels = channels;
        this.coordinator = coordinator;
        this.sent = Counter.builder("koepel.notices.sent").description("Non-urgent notices handed to a channel")
                .register(registry);
        this.givenUp = Counter.builder("koepel.notices.delivery.failed")
                .description("Notices not delivered after every attempt").register(registry);
        this.throttledCount = Counter.builder("koepel.notices.throttled")
                .description("Notices held back because their recipient had enough messages for now").register(registry);
        this.em = em;
        this.worker = new DeliveryWorker("notice-dispatcher", em, queue, clock, paging.dispatchInterval(),
                config.deliveryConcurrency(), this);
    }

    void start(@Observes StartupEvent startup) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop();
    }

    void noticeCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notices.NoticeCreated created) {
        worker.wakeUp();
    }

    @Override
    public void deliver(DeliveryQueue.Claim claim) throws DeliveryFailed {
        Notice notice = QuarkusTransaction.requiringNew().call(() -> Notice.findById(claim.id()));
        Recipient recipient = notice.volunteerId == null ? coordinator.now()
                : QuarkusTransaction.requiringNew().call(() -> Recipient.findById(notice.volunteerId));
        if (recipient == null) {
            throw new RecipientUnknown("volunteer " + notice.volunteerId + " is no longer known");
        }
        if (notice.volunteerId != null) {
            Optional<Instant> wait = QuarkusTransaction.requiringNew().call(() -> takeThrottleSlot(notice));
            if (wait.isPresent()) {
                throw new Throttled(wait.get());
            }
        }
        try {
            channels.deliver(worker, queue, claim, config.deliveryAttempts(), recipient, notice.text);
        } catch (DeliveryFailed failed) {
            QuarkusTransaction.requiringNew().run(() -> giveBackThrottleSlot(notice.id));
            throw failed;
        }
        sent.increment();
    }

    /**
     * A volunteer gets at most koepel.notices.max-per-recipient messages (pages included) within the
     * throttle window; past that, a notice waits until the oldest of them leaves the window. A notice
     * that may go takes its place in the window at once (its sent_at), before it is sent.
     *
     * <p>The recipient's row is locked first, so that notices to one volunteer sent side by side
     * count and take their places one after the other: none slips under the limit beside another.
     * (Pages are never held back and take no lock; a page sent meanwhile is counted for the next notice.)
     * A notice that reached the volunteer on some channel already is not held back: only the
     * channels that failed are left, and it is in the window since it first went out.
     */
    private Optional<Instant> takeThrottleSlot(Notice notice) {
        em.createNativeQuery("select volunteer_id from recipient where volunteer_id = :volunteer for update")
                .setParameter("volunteer", notice.volunteerId).getResultList();
        if (channels.reached(queue, notice.id)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant since = now.minus(config.throttleWindow());
        @SuppressWarnings("unchecked")
        List<Instant> recent = em.createNativeQuery("""
                select sent_at from page where volunteer_id = :volunteer and sent_at > :since
                union all
                select sent_at from notice where volunteer_id = :volunteer and sent_at > :since and id <> :notice
                order by 1""", Instant.class)
                .setParameter("volunteer", notice.volunteerId).setParameter("since", since)
                .setParameter("notice", notice.id).getResultList();
        if (recent.size() >= config.maxPerRecipient()) {
            return Optional.of(recent.get(recent.size() - config.maxPerRecipient()).plus(config.throttleWindow()));
        }
        em.createNativeQuery("update notice set sent_at = :now where id = :notice")
                .setParameter("now", now).setParameter("notice", notice.id).executeUpdate();
        return Optional.empty();
    }

    /** The attempt reached the volunteer on no channel: its place in the throttle window is free again. */
    private void giveBackThrottleSlot(UUID noticeId) {
        if (!channels.reached(queue, noticeId)) {
            em.createNativeQuery("update notice set sent_at = null where id = :notice")
                    .setParameter("notice", noticeId).executeUpdate();
        }
    }

    @Override
    public Optional<Instant> retryAt(DeliveryQueue.Claim claim, DeliveryFailed failure) {
        if (failure instanceof Throttled throttled) {
            throttledCount.increment();
            return Optional.of(throttled.until());
        }
        if (claim.attempt() >= config.deliveryAttempts() || failure instanceof DeliveryRefused) {
            givenUp.increment();
            LOG.errorf("Notice %s failed after %d attempts: %s", claim.id(), claim.attempt(), failure.getMessage());
            return Optional.empty();
        }
        var backoff = DeliveryQueue.backoff(claim.attempt(), paging.deliveryBackoff(), paging.maxDeliveryBackoff());
        LOG.warnf("Notice %s not delivered (attempt %d), retrying in %s: %s", claim.id(), claim.attempt(), backoff,
                failure.getMessage());
        return Optional.of(clock.instant().plus(backoff));
    }
}
