package be.koepel.platform.inbox;

import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.events.MalformedEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * At-least-once delivery, exactly-once effect: the event id is recorded in the same transaction
 * as the effect, and an id already recorded is skipped.
 *
 * <p>A malformed event is thrown back at once, so that the channel's dead-letter strategy parks
 * it and the partition moves on. Any other failure is retried with backoff first, since it is
 * most likely passing (a database restart); only then does the event go to the DLQ.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager em;
    private final CloudEventCodec codec;
    private final ConsumerConfig config;
    private final Clock clock;

    public IdempotentConsumer(EntityManager em, CloudEventCodec codec, ConsumerConfig config, Clock clock) {
        this.em = em;
        this.codec = codec;
        this.config = config;
        this.clock = clock;
    }

    @FunctionalInterface
    public interface Effect {
        void apply(CloudEvent event);
    }

    /**
     * @param consumer a stable name of this consumer; two consumers in one service each see every event
     * @param recordValue the Kafka record's value, a structured-mode CloudEvent
     * @return true when the effect ran, false when the event had been processed before
     */
    public boolean process(String consumer, String recordValue, Effect effect) {
        CloudEvent event = codec.decode(recordValue);
        Duration backoff = config.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> processOnce(consumer, event, effect));
            } catch (RuntimeException e) {
                MalformedEventException malformed = malformedCause(e);
                if (malformed != null) {
                    throw malformed;
                }
                if (attempt >= config.maxAttempts()) {
                    LOG.errorf(e, "%s gave up on %s %s after %d attempts", consumer, event.type(), event.id(), attempt);
                    throw e;
                }
                LOG.warnf("%s failed on %s %s (attempt %d), retrying in %s: %s",
                        consumer, event.type(), event.id(), attempt, backoff, e.toString());
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    private boolean processOnce(String consumer, CloudEvent event, Effect effect) {
        int recorded = em.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type, processed_at)
                values (:consumer, :eventId, :type, :now)
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", UUID.fromString(event.id()))
                .setParameter("type", event.type())
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (recorded == 0) {
            LOG.debugf("%s skips %s %s: processed before", consumer, event.type(), event.id());
            return false;
        }
        effect.apply(event);
        return true;
    }

    private static MalformedEventException malformedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException malformed) {
                return malformed;
            }
        }
        return null;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }
}
