package be.koepel.notification.safetynet;

import be.koepel.notification.coordinator.CoordinatorOnDuty;
import be.koepel.notification.delivery.DeliveryFailed;
import be.koepel.notification.delivery.DeliveryQueue;
import be.koepel.notification.delivery.DeliveryRefused;
import be.koepel.notification.delivery.DeliveryWorker;
import be.koepel.notification.delivery.EveryChannel;
import be.koepel.notification.paging.PagingConfig;
import be.koepel.notification.recipient.Recipient;
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

/**
 * Delivers coordinator alerts (and the hospital's call-back message) through the
 * {@link DeliveryWorker}, like pages: retried with backoff, then FAILED, which the health check flags.
 * An alert goes to each channel of its recipient on its own ({@link EveryChannel}): a retry goes out
 * only on the channels that failed.
 */
@ApplicationScoped
public class AlertDispatcher implements DeliveryWorker.Handler {

    private static final Logger LOG = Logger.getLogger(AlertDispatcher.class);

    private final PagingConfig config;
    private final Clock clock;
    private final EveryChannel channels;
    private final DeliveryQueue queue = new DeliveryQueue("coordinator_alert");
    private final CoordinatorOnDuty coordinator;
    private final DeliveryWorker worker;

    public AlertDispatcher(EntityManager em, PagingConfig config, Clock clock, EveryChannel channels,
            CoordinatorOnDuty coordinator) {
        this.config = config;
        this.clock = clock;
        this.channels = channels;
        this.coordinator = coordinator;
        this.worker = new DeliveryWorker("alert-dispatcher", em, queue, clock,
                config.dispatchInterval(), config.deliveryConcurrency(), this);
    }

    void start(@Observes StartupEvent startup) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop();
    }

    void alertCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoordinatorAlerts.AlertCreated created) {
        worker.wakeUp();
    }

    @Override
    public void deliver(DeliveryQueue.Claim claim) throws DeliveryFailed {
        CoordinatorAlert alert = QuarkusTransaction.requiringNew().call(() -> CoordinatorAlert.findById(claim.id()));
        channels.deliver(worker, queue, claim, config.deliveryAttempts(), recipientOf(alert), alert.text);
    }

    @Override
    public Optional<Instant> retryAt(DeliveryQueue.Claim claim, DeliveryFailed failure) {
        if (claim.attempt() >= config.deliveryAttempts() || failure instanceof DeliveryRefused) {
            CoordinatorAlert alert = QuarkusTransaction.requiringNew().call(() -> CoordinatorAlert.findById(claim.id()));
            LOG.errorf("Alert %s (%s) about ER referral %s failed after %d attempts: %s. %s", alert.id, alert.reason,
                    alert.referralId, claim.attempt(), failure.getMessage(), alert.text);
            return Optional.empty();
        }
        var backoff = DeliveryQueue.backoff(claim.attempt(), config.deliveryBackoff(), config.maxDeliveryBackoff());
        LOG.warnf("Alert %s not delivered (attempt %d), retrying in %s: %s", claim.id(), claim.attempt(), backoff,
                failure.getMessage());
        return Optional.of(clock.instant().plus(backoff));
    }

    /** The coordinator on duty, or the phone the alert names (the referring hospital's call-back contact). */
    private Recipient recipientOf(CoordinatorAlert alert) {
        if (alert.recipientPhone == null) {
            return coordinator.now();
        }
        Recipient callBack = new Recipient();
        callBack.displayName = "referrer call-back";
        callBack.smsNumber = alert.recipientPhone;
        return callBack;
    }
}
