package be.koepel.notification.delivery;

import be.koepel.platform.work.BackgroundLoop;
import be.koepel.platform.work.ParallelBatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The one way messages go out, for pages, coordinator alerts and notices alike: a message is
 * claimed (SENDING) in one transaction, sent outside any transaction, and marked in another. A
 * failed attempt is retried when the handler says so, else marked FAILED. If the process dies
 * between claim and mark, the claim goes stale and the message is sent again: twice is better
 * than never.
 *
 * <p>A database blip must neither delay a page by a whole stale-claim period nor send it twice: an
 * attempt that breaks before sending is put back at once for the next round, and the record of a
 * message already sent is retried through the blip ({@link #record}).
 *
 * <p>The claims of a round are sent on up to {@code concurrency} threads: each waits on the database
 * and a gateway, and with one thread a burst of pages queued behind every round trip (the
 * escalations of 2026-12-05's bench were seconds late on the delivery alone).
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

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private static final int BATCH = 20;

    /** The longest pause between tries to record a send; the database is usually back within seconds. */
    private static final Duration MAX_RECORD_PAUSE = Duration.ofSeconds(5);

    private final EntityManager em;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final Duration interval;
    private final Handler handler;
    private final BackgroundLoop loop;
    private final ParallelBatch senders;
    private final String loopName;

    public DeliveryWorker(String name, EntityManager em, DeliveryQueue queue, Clock clock, Duration interval,
            int concurrency, Handler handler) {
        this.em = em;
        this.queue = queue;
        this.clock = clock;
        this.interval = interval;
        this.handler = handler;
        this.loop = new BackgroundLoop(name, interval, this::round);
        this.senders = new ParallelBatch(name, concurrency);
        this.loopName = name;
    }

    public void start() {
        loop.start();
    }

    public void stop() {
        loop.stop(Duration.ofSeconds(10));
        senders.stop(Duration.ofSeconds(10));
    }

    /** New work was committed: deliver it now rather than at the next interval. */
    public void wakeUp() {
        loop.wakeUp();
    }

    Duration round() {
        List<DeliveryQueue.Claim> claimed = QuarkusTransaction.requiringNew()
                .call(() -> queue.claimDue(em, clock.instant(), BATCH));
        senders.forEach(claimed, claim -> {
            // one broken attempt must not strand the rest of the batch as stale claims
            try {
                attempt(claim);
            } catch (SentNotRecorded e) {
                LOG.errorf("%s: %s was sent, but recording it failed (%s); it goes out again once its claim is stale",
                        loopName, claim.id(), e.getCause());
            } catch (RuntimeException e) {
                putBack(claim, e);
            }
        });
        return claimed.size() == BATCH ? Duration.ZERO : interval;
    }

    private void attempt(DeliveryQueue.Claim claim) {
        try {
            handler.deliver(claim);
        } catch (DeliveryFailed failure) {
            Optional<Instant> again = handler.retryAt(claim, failure);
            QuarkusTransaction.requiringNew().run(() -> {
                if (again.isPresent() && failure instanceof DeliveryHeld) {
                    queue.heldUntil(em, claim.id(), again.get(), failure.getMessage());
                } else if (again.isPresent()) {
                    queue.retryAt(em, claim.id(), again.get(), failure.getMessage());
                } else {
                    queue.failed(em, claim.id(), failure.getMessage());
                }
            });
        }
    }

    /** The attempt broke before anything was sent (e.g. the database connection was cut): try again next round. */
    private void putBack(DeliveryQueue.Claim claim, RuntimeException cause) {
        LOG.warnf("%s: attempt %d of %s broke before sending, trying again in %s: %s", loopName, claim.attempt(),
                claim.id(), interval, cause.toString());
        try {
            QuarkusTransaction.requiringNew().run(() ->
                    queue.retryAt(em, claim.id(), clock.instant().plus(interval), cause.toString()));
        } catch (RuntimeException stillDown) {
            LOG.warnf("%s: could not put %s back (%s); its claim is taken back once stale", loopName, claim.id(),
                    stillDown.toString());
        }
    }

    /**
     * Records, in its own transaction, what happened after a message went out. Retried through a
     * database blip, since a send that is never recorded goes out a second time; the transaction
     * must therefore be safe to run again.
     *
     * @throws SentNotRecorded when the database stayed away for longer than half a stale claim
     */
    public void record(Runnable transaction) {
        long giveUpAt = System.nanoTime() + DeliveryQueue.STALE_CLAIM.dividedBy(2).toNanos();
        Duration pause = interval;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(transaction);
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() - giveUpAt > 0) {
                    throw new SentNotRecorded(e);
                }
                LOG.warnf("%s: recording a sent message failed, trying again in %s: %s", loopName, pause, e.toString());
                try {
                    TimeUnit.MILLISECONDS.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new SentNotRecorded(e);
                }
                pause = pause.multipliedBy(2).compareTo(MAX_RECORD_PAUSE) > 0 ? MAX_RECORD_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** A message went out but could not be recorded as sent. */
    public static final class SentNotRecorded extends RuntimeException {
        SentNotRecorded(RuntimeException cause) {
            super(cause);
        }
    }

    public void sent(UUID id) {
        record(() -> queue.sent(em, id, clock.instant()));
    }

    public void failed(UUID id, String reason) {
        QuarkusTransaction.requiringNew().run(() -> queue.failed(em, id, reason));
    }
}
