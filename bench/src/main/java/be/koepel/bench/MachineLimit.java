package be.koepel.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The machine's own limit for the work's parts, measured on the stack's own PostgreSQL server and
 * Kafka broker, in the same run: what the end-to-end figures are divided by.
 *
 * <ul>
 *   <li>one durable insert and commit of a referral-sized row (about the referral table's
 *       columns and size), into a scratch table, on one connection; and the throughput of such
 *       inserts on eight connections, the ceiling of a durable intake;</li>
 *   <li>one Kafka produce with acks=all (idempotent, linger.ms=0, as the outbox relay sends) and
 *       the consume of that record, on a scratch topic, one record at a time.</li>
 * </ul>
 */
final class MachineLimit {

    /** Raw costs, all latencies in ms. */
    record Limits(Latency.Summary insertCommit, double insertsPerSecondOneConnection,
            double insertsPerSecondEightConnections, Latency.Summary produceAck, Latency.Summary produceConsume) {
    }

    private static final String TOPIC = "bench.scratch.v1";
    private static final int CONNECTIONS = 8;

    private MachineLimit() {
    }

    static Limits measure(Stack.Jdbc jdbc, String kafkaBootstrapServers, int samples, Duration throughputTime) {
        Bench.say("raw limit: durable insert+commit, " + samples + " samples");
        Latency insert = new Latency();
        double oneConnection;
        try {
            createScratchTable(jdbc);
            oneConnection = insertSerially(jdbc, samples, insert);
        } catch (SQLException e) {
            throw new IllegalStateException("the raw insert+commit failed on " + jdbc.url() + ": " + e.getMessage(), e);
        }
        Bench.say("raw limit: durable inserts on " + CONNECTIONS + " connections for " + throughputTime.toSeconds() + " s");
        double eight = insertInParallel(jdbc, throughputTime);
        Bench.say("raw limit: Kafka acks=all produce→consume, " + samples + " samples");
        Latency ack = new Latency();
        Latency roundTrip = new Latency();
        produceAndConsume(kafkaBootstrapServers, samples, ack, roundTrip);
        return new Limits(insert.summary(), oneConnection, eight, ack.summary(), roundTrip.summary());
    }

    private static void createScratchTable(Stack.Jdbc jdbc) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
                Statement s = c.createStatement()) {
            s.execute("drop table if exists scratch_referral");
            // the referral table's shape: ids, organisation, channel, status, times, the person's few fields
            s.execute("""
                    create table scratch_referral (
                        id uuid primary key, trajectory_id uuid not null, organisation_id varchar(100) not null,
                        channel varchar(20) not null, urgency varchar(20) not null, status varchar(30) not null,
                        external_reference varchar(100), received_at timestamptz not null,
                        referrer_name varchar(100), referrer_function varchar(100), referrer_phone varchar(30),
                        er_department varchar(100), er_room varchar(50),
                        person_first_name varchar(100) not null, person_last_name varchar(100),
                        person_phone varchar(30) not null, person_phone_key varchar(30), person_language varchar(2),
                        person_gender varchar(10), person_age_band varchar(10), person_municipality varchar(100),
                        main_substance varchar(30), consent_contact boolean, consent_share boolean,
                        version bigint not null)""");
        }
    }

    private static final String INSERT = """
            insert into scratch_referral values (?, ?, 'az-turnhout', 'ER', 'URGENT', 'RECEIVED', ?, ?,
              'Dr. Peeters', 'spoedarts', '+32 14 40 60 11', 'Spoedgevallen', 'Box 7', 'Mieke', 'Janssens',
              '+32 478 00 11 22', '32478001122', 'nl', 'FEMALE', '35-44', 'Turnhout', 'ALCOHOL', true, false, 0)""";

    private static void insertOne(Connection c, PreparedStatement insert) throws SQLException {
        UUID id = UUID.randomUUID();
        insert.setObject(1, id);
        insert.setObject(2, UUID.randomUUID());
        insert.setString(3, "AZT-" + id);
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.executeUpdate();
        c.commit();
    }

    /** @return inserts per second on this one connection */
    private static double insertSerially(Stack.Jdbc jdbc, int samples, Latency latency) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
                PreparedStatement insert = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            for (int i = 0; i < Math.max(100, samples / 5); i++) {
                insertOne(c, insert); // warm-up: JIT, server-side plan, WAL segment
            }
            long start = System.nanoTime();
            for (int i = 0; i < samples; i++) {
                long t = System.nanoTime();
                insertOne(c, insert);
                latency.recordNanos(System.nanoTime() - t);
            }
            return samples / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double insertInParallel(Stack.Jdbc jdbc, Duration time) {
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        long end = System.nanoTime() + time.toNanos();
        long start = System.nanoTime();
        for (int i = 0; i < CONNECTIONS; i++) {
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
                        PreparedStatement insert = c.prepareStatement(INSERT)) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        insertOne(c, insert);
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "raw-insert-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("raw parallel inserts failed: " + failures.get(0), failures.get(0));
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static void produceAndConsume(String bootstrap, int samples, Latency ack, Latency roundTrip) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create the scratch topic: " + e.getCause(), e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create the scratch topic on " + bootstrap + ": " + e, e);
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // a referral.received.v1 CloudEvent is about 1 KB
        String payload = "x".repeat(1024);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p);
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            int warmup = Math.max(100, samples / 5);
            for (int i = 0; i < warmup + samples; i++) {
                String key = UUID.randomUUID().toString();
                AtomicLong acked = new AtomicLong();
                long t = System.nanoTime();
                // the consumer polls while the ack is on its way, as a service's consumer would
                var sent = producer.send(new ProducerRecord<>(TOPIC, key, payload), (m, e) -> acked.set(System.nanoTime()));
                long received = awaitRecord(consumer, key);
                sent.get(30, TimeUnit.SECONDS); // the callback has run once the future is done
                if (i >= warmup) {
                    ack.recordNanos(acked.get() - t);
                    roundTrip.recordNanos(received - t);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the raw produce→consume failed on " + bootstrap + ": " + e, e);
        }
    }

    private static long awaitRecord(KafkaConsumer<String, String> consumer, String key) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                if (record.key().equals(key)) {
                    return System.nanoTime();
                }
            }
        }
        throw new IllegalStateException("a produced record was not consumed within 30 s");
    }
}
