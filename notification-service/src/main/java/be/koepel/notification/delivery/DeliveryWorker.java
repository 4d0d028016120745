package be.koepel.notification.delivery;

import be.koepel.platform.work.BackgroundLoop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way messages go out, for pages, coordinator alerts and notices alike: a message is
 * claimed (SENDING) in one transaction, sent outside any transaction, and marked in another. A
 * failed attempt is retried when the handler says so, else marked FAILED. If the process dies
 * between claim and mark, the claim goes stale and the message is sent again: twice is better
 * than never.
 */
public final class DeliveryWorker {

    /** What differs between pages, alerts and notices. */
    public interface Handler {

        /**
         * Sends the message, outside any transaction, and records its success (e.g. with
         * {@link DeliveryQueue#sent}); a message that should no longer go out is recorded as such.
         */
        void deliver(DeliveryQueue.Claim claim) throws DeliveryFailed;

        /** After a failed attempt: when to try again, or empty to give up (the message is marked FAILED). */
        Optional<Instant> retryAt(DeliveryQueue.Claim claim, DeliveryFailed failure);
    }

    private static final int BATCH = 20;

    private final EntityManager em;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final Duration interval;
    private final Handler handler;
    private final BackgroundLoop loop;

    public DeliveryWorker(String name, EntityManager em, DeliveryQueue queue, Clock clock, Duration interval,
            Handler handler) {
        this.em = em;
        this.queue = queue;
        this.clock = clock;
        this.interval = interval;
        this.handler = handler;
        this.loop = new BackgroundLoop(name, interval, this::round);
    }

    public void start() {
        loop.start();
    }

    public void stop() {
        loop.stop(Duration.ofSeconds(10));
    }

    /** New work was committed: deliver it now rather than at the next interval. */
    public void wakeUp() {
        loop.wakeUp();
    }

    Duration round() {
        List<DeliveryQueue.Claim> claimed = QuarkusTransaction.requiringNew()
                .call(() -> queue.claimDue(em, clock.instant(), BATCH));
        for (DeliveryQueue.Claim claim : claimed) {
            try {
                handler.deliver(claim);
            } catch (DeliveryFailed failure) {
                Optional<Instant> again = handler.retryAt(claim, failure);
                QuarkusTransaction.requiringNew().run(() -> {
                    if (again.isPresent()) {
                        queue.retryAt(em, claim.id(), again.get(), failure.getMessage());
                    } else {
                        queue.failed(em, claim.id(), failure.getMessage());
                    }
                });
            }
        }
        return claimed.size() == BATCH ? Duration.ZERO : interval;
    }

    public void sent(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> queue.sent(em, id, clock.instant()));
    }

    public void failed(UUID id, String reason) {
        QuarkusTransaction.requiringNew().run(() -> queue.failed(em, id, reason));
    }
}
