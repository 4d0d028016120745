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

    private static final Logger LOG = Logger.getLogger(NoticeDispatcher.class);

    private final PagingConfig paging;
    private final NoticeConfig config;
    private final Clock clock;
    private final PageChannel channel;
    private final CoordinatorOnDuty coordinator;
    private final DeliveryWorker worker;
    private final Counter sent;
    private final Counter givenUp;

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
        this.worker = new DeliveryWorker("notice-dispatcher", em, new DeliveryQueue("notice"), clock,
                paging.dispatchInterval(), this);
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
        channel.deliver(recipient, notice.text);
        sent.increment();
        worker.sent(claim.id());
    }

    @Override
    public Optional<Instant> retryAt(DeliveryQueue.Claim claim, DeliveryFailed failure) {
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
