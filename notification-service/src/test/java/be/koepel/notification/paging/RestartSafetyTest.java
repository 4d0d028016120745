package be.koepel.notification.paging;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.Topics;
import be.koepel.notification.ServiceTestBase;
import be.koepel.testing.EventSchemas;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Timers and states live in PostgreSQL. These tests leave the tables as a crash would have left
 * them, or take the database connections away mid-escalation, and check that paging resumes with
 * no step lost and none repeated.
 */
@QuarkusTest
class RestartSafetyTest extends ServiceTestBase {

    /** Long ago enough that the service was certainly "down" at the deadline, and any claim is stale. */
    private static final Duration WHILE_DOWN = Duration.ofMinutes(10);
    private static final Duration STEP = Duration.ofMinutes(5);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> jdbcUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> jdbcPassword;

    @Test
    void aDeadlineThatPassedWhileTheServiceWasDownPagesTheNextCandidateOnceWhenItRunsAgain() {
        var first = fixtures.volunteer();
        var second = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        Instant crashedAt = Instant.now().minus(WHILE_DOWN);

        QuarkusTransaction.requiringNew().run(() -> {
            Escalation escalation = escalation(referralId, crashedAt);
            Page page = Page.to(escalation, candidate(escalation, 1, first), 1, crashedAt, STEP);
            page.deliveryStatus = Page.Delivery.SENT;
            page.deliveryAttempts = 1;
            page.sentAt = crashedAt;
            page.persist();
            candidate(escalation, 2, second);
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(second.phone()).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> sms.receivedBy(second.phone()).size() == 1 && sms.receivedBy(first.phone()).isEmpty());
        pages(referralId).body("step", equalTo(List.of(1, 2))).body("status", equalTo(List.of("EXPIRED", "AWAITING")));
    }

    @Test
    void aDeliveryClaimedByAProcessThatDiedBeforeSendingIsSentOnce() {
        var first = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        Instant crashedAt = Instant.now().minus(WHILE_DOWN);

        QuarkusTransaction.requiringNew().run(() -> {
            Escalation escalation = escalation(referralId, crashedAt);
            // the deadline runs from now: the crash happened between claiming and sending
            Page page = Page.to(escalation, candidate(escalation, 1, first), 1, Instant.now(), STEP);
            page.deliveryStatus = Page.Delivery.SENDING;
            page.deliveryAttempts = 1;
            page.nextDeliveryAt = crashedAt;
            page.persist();
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(first.phone()).size() == 1);
        EventSchemas.assertConforms(kafka.awaitRecord(Topics.NOTIFICATION_EVENTS,
                r -> referralId.toString().equals(r.key()) && r.value().contains("page.sent.v1")).value());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> sms.receivedBy(first.phone()).size() == 1);
        pages(referralId).body("delivery", equalTo(List.of("SENT")));
    }

    @Test
    void theDatabaseItselfRefusesToPageTheSameVolunteerTwiceForOneStep() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            Escalation escalation = escalation(referralId, now);
            escalation.status = Escalation.Status.EXHAUSTED; // keep the timer and dispatcher out of this test
            Page page = Page.to(escalation, candidate(escalation, 1, peer), 1, now, STEP);
            page.status = Page.Status.CANCELLED;
            page.deliveryStatus = Page.Delivery.FAILED;
            page.persist();
        });

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            Escalation escalation = Escalation.forReferral(referralId).orElseThrow();
            EscalationCandidate candidate = EscalationCandidate.ordered(escalation.id).get(0);
            Page again = Page.to(escalation, candidate, 1, now, STEP);
            again.status = Page.Status.CANCELLED;
            again.deliveryStatus = Page.Delivery.FAILED;
            again.persistAndFlush();
        })).hasStackTraceContaining("page_once_per_step");
    }

    @Test
    void losingEveryDatabaseConnectionAcrossTheDeadlineNeitherLosesNorRepeatsAStep() throws SQLException {
        // step 1 waits 4 s, step 2 long enough to stay open while the test looks
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("stepDelays", List.of("PT4S", "PT10M"), "repeat", 0))
                .when().put("/api/escalation-policies/az-db-loss").then().statusCode(200);
        var first = fixtures.volunteer();
        var second = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-db-loss", first, second);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(first.phone()).size() == 1);

        // cut every connection of the service, again and again, past the first deadline
        Instant until = Instant.now().plusSeconds(6);
        try (Connection admin = admin()) {
            await().pollInterval(Duration.ofMillis(300)).atMost(Duration.ofSeconds(15)).until(() -> {
                try (Statement statement = admin.createStatement()) {
                    statement.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                            + "where datname = current_database() and pid <> pg_backend_pid()");
                }
                return Instant.now().isAfter(until);
            });
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(second.phone()).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> sms.receivedBy(second.phone()).size() == 1 && sms.receivedBy(first.phone()).size() == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> pages(referralId)
                .body("step", equalTo(List.of(1, 2))).body("status", equalTo(List.of("EXPIRED", "AWAITING"))));
    }

    @Test
    void aDatabaseErrorWhilePlanningAPageIsRetriedWithinSecondsRatherThanLeftAsAStaleClaim() throws SQLException {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        try (var fault = DatabaseFault.failFirst(2, admin(), "before insert on page_delivery",
                "new.address = '" + peer.phone() + "'")) {
            fixtures.propose(referralId, peer);
            // a stale claim is only taken back after a minute: well within that, the page has gone out
            await().atMost(Duration.ofSeconds(15)).until(() -> sms.receivedBy(peer.phone()).size() == 1);
            assertThat(fault.statementsSeen()).isEqualTo(3);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> pages(referralId).body("delivery", equalTo(List.of("SENT"))));
    }

    @Test
    void aDatabaseErrorWhileRecordingASentPageIsRetriedSoThePageIsNeitherLeftSendingNorSentAgain() throws SQLException {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        try (var fault = DatabaseFault.failFirst(2, admin(), "before update on page_delivery",
                "new.address = '" + peer.phone() + "' and new.delivery_status = 'SENT'")) {
            fixtures.propose(referralId, peer);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> pages(referralId).body("delivery", equalTo(List.of("SENT"))));
            assertThat(fault.statementsSeen()).isEqualTo(3);
        }
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> sms.receivedBy(peer.phone()).size() == 1);
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser.orElse(null), jdbcPassword.orElse(null));
    }

    /**
     * Makes PostgreSQL itself fail the first {@code times} statements matching a trigger condition,
     * as a cut connection or a full disk would: the counter is a sequence, which a rollback does not
     * undo, so it counts every matching statement, the failed ones and the one that went through.
     */
    private record DatabaseFault(Connection admin, String name, String table) implements AutoCloseable {

        static DatabaseFault failFirst(int times, Connection admin, String timing, String condition) throws SQLException {
            String name = "fault_" + UUID.randomUUID().toString().replace("-", "");
            String table = timing.substring(timing.lastIndexOf(' ') + 1);
            try (Statement statement = admin.createStatement()) {
                statement.execute("create sequence " + name);
                statement.execute("create function " + name + "() returns trigger language plpgsql as $$ begin"
                        + " if nextval('" + name + "') <= " + times + " then raise exception 'injected fault'; end if;"
                        + " return new; end $$");
                statement.execute("create trigger " + name + " " + timing + " for each row when (" + condition + ")"
                        + " execute function " + name + "()");
            }
            return new DatabaseFault(admin, name, table);
        }

        long statementsSeen() throws SQLException {
            try (Statement statement = admin.createStatement();
                    var rows = statement.executeQuery("select last_value from " + name)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            try (admin; Statement statement = admin.createStatement()) {
                statement.execute("drop trigger " + name + " on " + table);
                statement.execute("drop function " + name + "()");
                statement.execute("drop sequence " + name);
            }
        }
    }

    private static Escalation escalation(UUID referralId, Instant createdAt) {
        Escalation escalation = new Escalation();
        escalation.id = UUID.randomUUID();
        escalation.referralId = referralId;
        escalation.hospitalId = "az-restart";
        escalation.hospitalName = "AZ Restart";
        escalation.erDepartment = "Spoedgevallen";
        escalation.erRoom = "Box 9";
        escalation.language = "nl";
        escalation.status = Escalation.Status.PAGING;
        escalation.createdAt = createdAt;
        escalation.stepDelays = STEP.toString();
        escalation.persist();
        return escalation;
    }

    private static EscalationCandidate candidate(Escalation escalation, int rank, PagingFixtures.Volunteer volunteer) {
        EscalationCandidate candidate = EscalationCandidate.of(escalation.id, rank, volunteer.id());
        candidate.persist();
        return candidate;
    }

    private static io.restassured.response.ValidatableResponse pages(UUID referralId) {
        return given().auth().oauth2(coordinator()).queryParam("referralId", referralId.toString())
                .when().get("/api/pages").then().statusCode(200);
    }
}
