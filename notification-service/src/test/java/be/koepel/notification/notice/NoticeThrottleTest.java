package be.koepel.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.koepel.notification.ServiceTestBase;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notices go out side by side (koepel.notices.delivery-concurrency), and the per-recipient throttle
 * still holds exactly: notices to one volunteer take their places in the window one after the other.
 */
@QuarkusTest
class NoticeThrottleTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    /** How long a webhook call waits for the other volunteer's; well below the webhook timeout. */
    static final Duration MEETING = Duration.ofSeconds(3);

    @ConfigProperty(name = "koepel.notices.max-per-recipient")
    int maxPerRecipient;

    @ConfigProperty(name = "koepel.notices.throttle-window")
    Duration window;

    @ConfigProperty(name = "koepel.notices.delivery-concurrency")
    int concurrency;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> jdbcUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> jdbcPassword;

    /** The two volunteers' webhooks: each call waits until the other volunteer's first call is there too. */
    HttpServer webhooks;
    final Map<String, List<Boolean>> metTheOther = new ConcurrentHashMap<>();
    final Map<String, CountDownLatch> arrived = Map.of("a", new CountDownLatch(1), "b", new CountDownLatch(1));

    @BeforeEach
    void startWebhooks() throws IOException {
        webhooks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhooks.setExecutor(Executors.newCachedThreadPool());
        webhooks.createContext("/a", exchange -> meet(exchange, "a", "b"));
        webhooks.createContext("/b", exchange -> meet(exchange, "b", "a"));
        webhooks.start();
    }

    @AfterEach
    void stopWebhooks() {
        webhooks.stop(0);
    }

    @Test
    void aBurstOfNoticesToOneVolunteerSentSideBySideStaysWithinTheThrottleWhileAnotherVolunteersGoOutAlongside()
            throws SQLException {
        assertThat(concurrency).as("the test needs notices sent side by side").isGreaterThan(maxPerRecipient + 1);
        var a = fixtures.volunteerWithWebhook(url("a"));
        var b = fixtures.volunteerWithWebhook(url("b"));
        int burst = maxPerRecipient + 2;
        Instant due = Instant.now().minusSeconds(1);

        // One volunteer's burst first in the round, so that more of it than the limit is sent at once,
        // then the other volunteer's. The page table, which the throttle counts, is held until every
        // sender of the first volunteer's notices has come to the throttle: they all ask at once.
        try (Connection holder = connect(); Connection watcher = connect()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("lock table page in access exclusive mode");
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    int order = 0;
                    for (int i = 0; i < burst; i++) {
                        notice(a.id(), due.plusMillis(order++));
                    }
                    for (int i = 0; i < burst; i++) {
                        notice(b.id(), due.plusMillis(order++));
                    }
                });
                await().atMost(WAIT).until(() -> waitingAtTheThrottle(watcher) >= concurrency);
            } finally {
                holder.commit();
            }
        }

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(held(a.id())).as("a's notices the throttle holds back").isEqualTo(burst - maxPerRecipient);
            assertThat(held(b.id())).as("b's notices the throttle holds back").isEqualTo(burst - maxPerRecipient);
            assertThat(calls("a")).as("a's notices sent at once").isEqualTo(maxPerRecipient);
            assertThat(calls("b")).as("b's notices sent at once").isEqualTo(maxPerRecipient);
        });
        assertThat(metTheOther.get("a").get(0)).as("a's first notice went out while b's did").isTrue();
        assertThat(metTheOther.get("b").get(0)).as("b's first notice went out while a's did").isTrue();

        await().atMost(WAIT).until(() -> calls("a") == burst && calls("b") == burst);
        for (UUID volunteer : List.of(a.id(), b.id())) {
            List<Instant> sent = sentAt(volunteer);
            assertThat(sent).hasSize(burst);
            for (int i = maxPerRecipient; i < sent.size(); i++) {
                assertThat(Duration.between(sent.get(i - maxPerRecipient), sent.get(i)))
                        .as("%d notices to one volunteer within %s", maxPerRecipient + 1, window)
                        .isGreaterThanOrEqualTo(window);
            }
        }
    }

    /** Senders waiting for a lock in the throttle's statements (the recipient's row, the tables it counts). */
    private static int waitingAtTheThrottle(Connection watcher) throws SQLException {
        try (Statement query = watcher.createStatement(); ResultSet waiting = query.executeQuery("""
                select count(*) from pg_stat_activity where wait_event_type = 'Lock'
                and (query like '%from recipient where volunteer_id%' or query like '%from notice where volunteer_id%')""")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser.orElse(null), jdbcPassword.orElse(null));
    }

    private void meet(HttpExchange exchange, String self, String other) throws IOException {
        arrived.get(self).countDown();
        boolean met;
        try {
            met = arrived.get(other).await(MEETING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            met = false;
        }
        metTheOther.computeIfAbsent(self, key -> Collections.synchronizedList(new ArrayList<>())).add(met);
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private int calls(String volunteer) {
        List<Boolean> calls = metTheOther.get(volunteer);
        return calls == null ? 0 : calls.size();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + webhooks.getAddress().getPort() + "/" + path;
    }

    private static void notice(UUID volunteerId, Instant due) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.dedupeKey = "burst:" + notice.id;
        notice.kind = Notice.Kind.FOLLOW_UP_LAPSED;
        notice.volunteerId = volunteerId;
        notice.text = "Herinnering " + notice.id;
        notice.deliveryStatus = Notice.Delivery.PENDING;
        notice.nextDeliveryAt = due;
        notice.createdAt = due;
        notice.persist();
    }

    /** Notices the throttle holds back now. */
    private static long held(UUID volunteerId) {
        return QuarkusTransaction.requiringNew().call(() -> Notice.count(
                "volunteerId = ?1 and deliveryStatus = ?2 and lastDeliveryError like 'throttled%'", volunteerId,
                Notice.Delivery.PENDING));
    }

    /** When each notice took its place in the recipient's window, in order. */
    private static List<Instant> sentAt(UUID volunteerId) {
        return QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>list("volunteerId = ?1 order by sentAt",
                volunteerId).stream().map(notice -> notice.sentAt).toList());
    }
}
