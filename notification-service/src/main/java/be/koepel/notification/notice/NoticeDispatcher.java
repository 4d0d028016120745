package be.koepel.notification.notice;

import be.koepel.notification.coordinator.CoordinatorOnDuty;
import be.koepel.notification.delivery.ConfiguredChannel;
import be.koepel.notification.delivery.DeliveryFailed;
import be.koepel.notification.delivery.DeliveryQueue;
import be.koepel.notification.delivery.DeliveryWorker;
import be.koepel.notification.delivery.PageChannel;
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
import java.util.Optional;
import org.jboss.logging.Logger;

/** Delivers notices when they are due, through the {@link DeliveryWorker} like pages and alerts. */
@ApplicationScoped
public class NoticeDispatcher implements DeliveryWorker.Handler {

    /**
     * Notices are not urgent, and the per-recipient throttle counts what was sent before: two
     * notices to one volunteer sent side by side could both slip under it.
     */
    private static final int ONE_AT_A_TIME = 1;

    private static final Logger LOG = Logger.getLogger(NoticeDispatcher.class);

    private final PagingConfig paging;
    private final NoticeConfig config;
    private final Clock clock;
    private final PageChannel channel;
    private final CoordinatorOnDuty coordinator;
    private final DeliveryWorker worker;
    private final Counter sent;
    private final Counter givenUp;
    private final Counter throttledCount;
    private final EntityManager em;

    /** The recipient had their share of messages for now; not a failure. */
    static final class Throttled extends DeliveryFailed {
        final Instant until;

        Throttled(Instant until) {
            super("throttled: too many messages to this recipient within the window, held until " + until);
            this.until = until;
        }
    }

    public NoticeDispatcher(EntityManager em, PagingConfig paging, NoticeConfig config, Clock clock,
            ConfiguredChannel channel, CoordinatorOnDuty coordinator, MeterRegistry registry) {
        this.paging = paging;
        this.config = config;
        this.clock = clock;
        this.channel = channel.get();
        this.coordinator = coordinator;
        this.sent = Counter.builder("koepel.notices.sent").description("Non-urgent notices handed to a channel")
                .register(registry);
        this.givenUp = Counter.builder("koepel.notices.delivery.failed")
                .description("Notices not delivered after every attempt").register(registry);
        this.throttledCount = Counter.builder("koepel.notices.throttled")
                .description("Notices held back because their recipient had enough messages for now").register(registry);
        this.em = em;
        this.worker = new DeliveryWorker("notice-dispatcher", em, new DeliveryQueue("notice"), clock,
                paging.dispatchInterval(), ONE_AT_A_TIME, this);
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
            Optional<Instant> wait = QuarkusTransaction.requiringNew().call(() -> throttledUntil(notice.volunteerId));
            if (wait.isPresent()) {
                throw new Throttled(wait.get());
            }
        }
        channel.deliver(recipient, notice.text);
        sent.increment();
        worker.sent(claim.id());
    }

    /**
     * A volunteer gets at most koepel.notices.max-per-recipient messages (pages included) within the
     * throttle window; past that, a notice waits until the oldest of them leaves the window.
     */
    private Optional<Instant> throttledUntil(java.util.UUID volunteerId) {
        Instant since = clock.instant().minus(config.throttleWindow());
        @SuppressWarnings("unchecked")
        java.util.List<Instant> recent = em.createNativeQuery("""
                select sent_at from page where volunteer_id = :volunteer and sent_at > :since
                union all
                select sent_at from notice where volunteer_id = :volunteer and sent_at > :since
                order by 1""", Instant.class)
                .setParameter("volunteer", volunteerId).setParameter("since", since).getResultList();
        if (recent.size() < config.maxPerRecipient()) {
            return Optional.empty();
        }
        return Optional.of(recent.get(recent.size() - config.maxPerRecipient()).plus(config.throttleWindow()));
    }

    @Override
    public Optional<Instant> retryAt(DeliveryQueue.Claim claim, DeliveryFailed failure) {
        if (failure instanceof Throttled throttled) {
            throttledCount.increment();
            return Optional.of(throttled.until);
        }
        if (claim.attempt() >= config.deliveryAttempts()) {
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
