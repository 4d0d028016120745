package be.koepel.referral.referral;

import static be.koepel.referral.referral.FullIntakeTest.minimal;
import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.referrer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.Topics;
import be.koepel.referral.trajectory.Trajectory;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theSameIdempotencyKeyAndBodyReturnTheOriginalReferralWithoutASecondOneOrASecondEvent() {
        String key = UUID.randomUUID().toString();
        String body = minimal("GP");
        String first = post("huisartsen-kasterlee", "GP", key, body).then().statusCode(201)
                .extract().header("Location");
        long referrals = Referral.count();

        post("huisartsen-kasterlee", "GP", key, body.replace("\n", " ")).then().statusCode(201)
                .header("Location", equalTo(first))
                .header(ReferralResource.REPLAYED, equalTo("true"));

        assertThat(Referral.count()).isEqualTo(referrals);
        String id = first.substring(first.lastIndexOf('/') + 1);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.awaitRecord(Topics.REFERRAL_EVENTS, r -> id.equals(r.key()));
            assertThat(kafka.readAll(Topics.REFERRAL_EVENTS, r -> id.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        post("huisartsen-kasterlee", "GP", key, minimal("GP")).then().statusCode(201);
        long referrals = Referral.count();

        post("huisartsen-kasterlee", "GP", key, minimal("GP")).then().statusCode(422)
                .contentType("application/problem+json");

        assertThat(Referral.count()).isEqualTo(referrals);
    }

    @Test
    void theSameExternalReferenceReturnsTheOriginalEvenWithoutAHeader() {
        String body = """
                {"channel": "OCMW", "externalReference": "OCMW-%s",
                 "person": {"firstName": "Els", "phone": "+32 470 55 %s", "language": "nl"},
                 "consent": {"contactByPeer": true}}""".formatted(UUID.randomUUID(), (int) (Math.random() * 10000));
        String first = post("ocmw-turnhout", "OCMW", null, body).then().statusCode(201).extract().header("Location");
        post("ocmw-turnhout", "OCMW", null, body).then().statusCode(201)
                .header("Location", equalTo(first)).header(ReferralResource.REPLAYED, equalTo("true"));
    }

    @Test
    void anotherOrganisationMayUseTheSameKeyForItsOwnReferral() {
        String key = UUID.randomUUID().toString();
        String body = minimal("GP");
        String gp = post("huisartsen-kasterlee", "GP", key, body).then().statusCode(201).extract().header("Location");
        String caw = post("caw-de-kempen", "CAW", key, minimal("CAW")).then().statusCode(201).extract().header("Location");
        assertThat(caw).isNotEqualTo(gp);
    }

    @Test
    void aRepeatAfterTheTrajectoryWasClosedStillReturnsTheOriginalAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"channel": "CAW", "externalReference": "CAW-%s",
                 "person": {"firstName": "Bart", "phone": "+32 470 66 %s", "language": "nl"},
                 "consent": {"contactByPeer": true}}""".formatted(UUID.randomUUID(), (int) (Math.random() * 10000));
        String first = post("caw-de-kempen", "CAW", key, body).then().statusCode(201).extract().header("Location");
        String id = first.substring(first.lastIndexOf('/') + 1);
        String trajectory = "/api/trajectories/" + given().auth().oauth2(coordinator()).when().get("/api/referrals/" + id)
                .then().statusCode(200).extract().path("trajectoryId");
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("{\"type\": \"CLOSED\", \"closeReason\": \"NOT_REACHABLE\"}")
                .when().post(trajectory + "/steps").then().statusCode(201).body("state", equalTo("CLOSED"));
        long referrals = Referral.count();
        long trajectories = Trajectory.count();
        int steps = given().auth().oauth2(coordinator()).when().get(trajectory).then().extract().path("steps.size()");

        // the same key and body, and the same external reference without the key
        post("caw-de-kempen", "CAW", key, body).then().statusCode(201)
                .header("Location", equalTo(first)).header(ReferralResource.REPLAYED, equalTo("true"))
                .body("id", equalTo(id));
        post("caw-de-kempen", "CAW", null, body).then().statusCode(201)
                .header("Location", equalTo(first)).header(ReferralResource.REPLAYED, equalTo("true"));

        assertThat(Referral.count()).isEqualTo(referrals);
        assertThat(Trajectory.count()).isEqualTo(trajectories);
        given().auth().oauth2(coordinator()).when().get(trajectory).then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("steps.size()", equalTo(steps));
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.awaitRecord(Topics.REFERRAL_EVENTS, r -> id.equals(r.key()));
            assertThat(kafka.readAll(Topics.REFERRAL_EVENTS, r -> id.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    void aKeyOlderThanThirtyDaysIsForgottenAndMakesANewReferral() {
        String key = UUID.randomUUID().toString();
        String body = minimal("GP");
        String first = post("huisartsen-kasterlee", "GP", key, body).then().statusCode(201).extract().header("Location");
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("update referral_idempotency set created_at = :then where key_value = :key")
                .setParameter("then", Instant.now().minus(Duration.ofDays(31)))
                .setParameter("key", key).executeUpdate());

        String second = post("huisartsen-kasterlee", "GP", key, body).then().statusCode(201)
                .extract().header("Location");

        assertThat(second).isNotEqualTo(first);
    }

    private static io.restassured.response.Response post(String org, String type, String key, String body) {
        var request = given().auth().oauth2(referrer(org, type)).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header(ReferralResource.IDEMPOTENCY_KEY, key);
        }
        return request.when().post("/api/referrals");
    }
}
