package be.koepel.platform.outbox;

import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.work.BackgroundLoop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox messages to Kafka with an idempotent producer and {@code acks=all}, and marks
 * them published only once the broker confirmed them.
 *
 * <p>It wakes up right after each commit that wrote to the outbox, for low latency, and sweeps
 * on an interval for anything missed: a crash between commit and publish, or a broker that was
 * down. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances can relay
 * side by side. Delivery is at least once; consumers are idempotent.
 *
 * <p>A plain Kafka producer, not a reactive-messaging emitter: the relay must know per record
 * whether the broker confirmed it, and must survive a broker outage without a dead channel.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);
    private static final int CLEANUP_BATCH = 1000;

    private final EntityManager em;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final Clock clock;

    private final BackgroundLoop loop;
    private Producer<String, String> producer;
    private Instant nextCleanup = Instant.EPOCH;

    public OutboxRelay(EntityManager em, OutboxConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, Clock clock) {
        this.em = em;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.clock = clock;
        this.loop = new BackgroundLoop("outbox-relay", config.retryBackoff(), this::round);
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop(config.deliveryTimeout().plusSeconds(5));
        closeProducer();
    }

    /** Called after a transaction that wrote to the outbox committed. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        loop.wakeUp();
    }

    private Duration round() {
        Round round = relayOnce();
        if (round.failed()) {
            closeProducer();
            return config.retryBackoff();
        }
        if (round.published() >= config.batchSize()) {
            return Duration.ZERO;
        }
        cleanUpIfDue();
        return config.sweepInterval();
    }

    record Round(int published, boolean failed) {
    }

    Round relayOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxMessage> batch = em.createNativeQuery("""
                    select * from outbox_message
                    where published_at is null
                    order by created_at, id
                    limit :limit
                    for update skip locked""", OutboxMessage.class)
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return new Round(0, false);
            }
            Producer<String, String> kafka = producer();
            List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
            for (OutboxMessage message : batch) {
                sends.add(kafka.send(toRecord(message)));
            }
            int published = 0;
            boolean failed = false;
            for (int i = 0; i < batch.size(); i++) {
                OutboxMessage message = batch.get(i);
                try {
                    sends.get(i).get(config.deliveryTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
                    message.publishedAt = clock.instant();
                    published++;
                } catch (Exception e) {
                    failed = true;
                    message.attempts++;
                    message.lastError = rootMessage(e);
                }
            }
            if (failed) {
                LOG.warnf("Outbox relay: %d of %d events not confirmed by Kafka, will retry: %s",
                        batch.size() - published, batch.size(), batch.get(batch.size() - 1).lastError);
            }
            return new Round(published, failed);
        });
    }

    private ProducerRecord<String, String> toRecord(OutboxMessage message) {
        ProducerRecord<String, String> record = new ProducerRecord<>(message.topic, message.messageKey, message.payload);
        record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void cleanUpIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(CLEANUP_INTERVAL);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                delete from outbox_message where id in (
                    select id from outbox_message where published_at < :before limit :limit)""")
                .setParameter("before", now.minus(config.retention()))
                .setParameter("limit", CLEANUP_BATCH)
                .executeUpdate());
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().replace('/', '-') + "-outbox");
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            // Latency over batching: an ER page waits on this hop.
            props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            long timeout = config.deliveryTimeout().toMillis();
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout));
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout / 2));
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout));
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /** After a failure the producer starts afresh, so no broken state carries over. */
    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

}
