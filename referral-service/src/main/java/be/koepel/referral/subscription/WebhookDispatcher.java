package be.koepel.referral.subscription;

import be.koepel.platform.work.BackgroundLoop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers queued webhook calls: signed, retried with exponential backoff, and logged per attempt.
 * Each delivery is sent while its row is locked, so that two instances of the service never send
 * the same delivery at once.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int SUCCESS_FAMILY = 2;
    private static final int STATUS_FAMILY_DIVISOR = 100;

    private final EntityManager em;
    private final Clock clock;
    private final WebhookConfig config;
    private final HttpClient http;
    private final BackgroundLoop loop;

    public WebhookDispatcher(EntityManager em, Clock clock, WebhookConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        // Redirects are not followed: a redirect could lead past the SSRF guard.
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.loop = new BackgroundLoop("webhook-dispatcher", config.pollInterval(), this::round);
    }

    void start(@Observes StartupEvent event) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        loop.stop(config.timeout());
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) Webhooks.DeliveriesQueued queued) {
        loop.wakeUp();
    }

    Duration round() {
        @SuppressWarnings("unchecked")
        List<Object> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select cast(id as varchar) from webhook_delivery
                where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at limit :batch""")
                .setParameter("now", clock.instant())
                .setParameter("batch", config.batchSize())
                .getResultList());
        for (Object id : due) {
            QuarkusTransaction.requiringNew().run(() -> deliver(UUID.fromString(id.toString())));
        }
        return due.size() >= config.batchSize() ? Duration.ZERO : nextWait();
    }

    /** Sleeps until the next due retry, but never longer than the poll interval. */
    private Duration nextWait() {
        Object next = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select min(next_attempt_at) from webhook_delivery where status = 'PENDING'", Instant.class)
                .getSingleResult());
        if (next == null) {
            return config.pollInterval();
        }
        Duration until = Duration.between(clock.instant(), (Instant) next);
        if (until.isNegative() || until.isZero()) {
            return Duration.ofMillis(1);
        }
        return until.compareTo(config.pollInterval()) < 0 ? until : config.pollInterval();
    }

    private void deliver(UUID id) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (delivery == null || delivery.status != WebhookDelivery.Status.PENDING || delivery.nextAttemptAt.isAfter(now)) {
            return;
        }
        PartnerSubscription subscription = em.find(PartnerSubscription.class, delivery.subscriptionId);
        if (!subscription.active) {
            delivery.status = WebhookDelivery.Status.FAILED;
            delivery.lastError = "subscription disabled";
            return;
        }
        Optional<String> refused = WebhookUrlGuard.refuse(subscription.url, config.allowPrivateAddresses());
        if (refused.isPresent()) {
            fail(delivery, subscription, null, "url " + refused.get(), now);
            return;
        }
        try {
            HttpResponse<Void> response = http.send(request(subscription, delivery, now), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / STATUS_FAMILY_DIVISOR == SUCCESS_FAMILY) {
                delivery.delivered(response.statusCode(), clock.instant());
                subscription.succeeded();
            } else {
                fail(delivery, subscription, response.statusCode(), "answered " + response.statusCode(), now);
            }
        } catch (IOException e) {
            fail(delivery, subscription, null, e.toString(), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(delivery, subscription, null, "interrupted", now);
        }
    }

    private HttpRequest request(PartnerSubscription subscription, WebhookDelivery delivery, Instant now) {
        return HttpRequest.newBuilder(URI.create(subscription.url))
                .timeout(config.timeout())
                .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                .header("Koepel-Delivery", delivery.id.toString())
                .header(WebhookSignature.HEADER,
                        WebhookSignature.header(subscription.secret, now.getEpochSecond(), delivery.payload))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload))
                .build();
    }

    private void fail(WebhookDelivery delivery, PartnerSubscription subscription, Integer status, String error, Instant now) {
        delivery.failed(status, error, now, config.initialBackoff(), config.maxBackoff(), config.maxAttempts());
        subscription.failed(config.disableAfterFailures(), now);
        LOG.infof("Webhook delivery %s to subscription %s failed (attempt %d): %s",
                delivery.id, subscription.id, delivery.attempts, error);
    }
}
