package be.koepel.notification.safetynet;

import be.koepel.notification.delivery.ConfiguredChannel;
import be.koepel.notification.delivery.DeliveryFailed;
import be.koepel.notification.delivery.PageChannel;
import be.koepel.notification.paging.PagingConfig;
import be.koepel.notification.recipient.Recipient;
import be.koepel.platform.work.BackgroundLoop;
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
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers coordinator alerts the way pages are delivered: claimed in one transaction, sent outside
 * it, marked in another; retried with backoff; a claim left by a process that died is retried.
 */
@ApplicationScoped
public class AlertDispatcher {

    private static final Logger LOG = Logger.getLogger(AlertDispatcher.class);
    private static final int BATCH = 20;
    /** Longer than any send may take; a claim older than this belonged to a process that died. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(1);

    private final EntityManager em;
    private final PagingConfig config;
    private final Clock clock;
    private final PageChannel channel;
    private final BackgroundLoop loop;

    public AlertDispatcher(EntityManager em, PagingConfig config, Clock clock, ConfiguredChannel channel) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.channel = channel.get();
        this.loop = new BackgroundLoop("alert-dispatcher", config.dispatchInterval(), this::round);
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop(Duration.ofSeconds(10));
    }

    void alertCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoordinatorAlerts.AlertCreated created) {
        loop.wakeUp();
    }

    Duration round() {
        List<CoordinatorAlert> claimed = QuarkusTransaction.requiringNew().call(this::claimDue);
        for (CoordinatorAlert alert : claimed) {
            deliver(alert);
        }
        return claimed.size() == BATCH ? Duration.ZERO : config.dispatchInterval();
    }

    private List<CoordinatorAlert> claimDue() {
        Instant now = clock.instant();
        em.createQuery("""
                update CoordinatorAlert a set a.deliveryStatus = :pending
                where a.deliveryStatus = :sending and a.nextDeliveryAt < :stale""")
                .setParameter("pending", CoordinatorAlert.Delivery.PENDING)
                .setParameter("sending", CoordinatorAlert.Delivery.SENDING)
                .setParameter("stale", now.minus(STALE_CLAIM))
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<CoordinatorAlert> due = em.createNativeQuery("""
                select * from coordinator_alert
                where delivery_status = 'PENDING' and next_delivery_at <= :now
                order by next_delivery_at
                limit :limit
                for update skip locked""", CoordinatorAlert.class)
                .setParameter("now", now)
                .setParameter("limit", BATCH)
                .getResultList();
        for (CoordinatorAlert alert : due) {
            alert.deliveryStatus = CoordinatorAlert.Delivery.SENDING;
            alert.deliveryAttempts++;
            alert.nextDeliveryAt = now;
        }
        return due;
    }

    private void deliver(CoordinatorAlert alert) {
        try {
            channel.deliver(coordinator(), alert.text);
        } catch (DeliveryFailed e) {
            failed(alert, e.getMessage());
            return;
        }
        update(alert.id, a -> {
            a.deliveryStatus = CoordinatorAlert.Delivery.SENT;
            a.sentAt = clock.instant();
            a.lastDeliveryError = null;
        });
    }

    private void failed(CoordinatorAlert alert, String error) {
        if (alert.deliveryAttempts >= config.deliveryAttempts()) {
            LOG.errorf("Alert %s to the coordinator on duty about ER referral %s failed after %d attempts: %s. %s",
                    alert.id, alert.referralId, alert.deliveryAttempts, error, alert.text);
            update(alert.id, a -> {
                a.deliveryStatus = CoordinatorAlert.Delivery.FAILED;
                a.lastDeliveryError = error;
            });
            return;
        }
        Duration backoff = config.deliveryBackoff().multipliedBy(1L << Math.min(alert.deliveryAttempts - 1, 10));
        LOG.warnf("Alert %s not delivered (attempt %d), retrying in %s: %s", alert.id, alert.deliveryAttempts,
                backoff, error);
        update(alert.id, a -> {
            a.deliveryStatus = CoordinatorAlert.Delivery.PENDING;
            a.nextDeliveryAt = clock.instant().plus(backoff);
            a.lastDeliveryError = error;
        });
    }

    private void update(UUID id, java.util.function.Consumer<CoordinatorAlert> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(CoordinatorAlert.findById(id)));
    }

    /** The coordinator as a recipient the channels understand; not stored, they are no volunteer. */
    private Recipient coordinator() {
        Recipient recipient = new Recipient();
        recipient.displayName = config.coordinatorOnDuty().name();
        recipient.smsNumber = config.coordinatorOnDuty().phone().orElse(null);
        recipient.email = config.coordinatorOnDuty().email().orElse(null);
        return recipient;
    }
}
