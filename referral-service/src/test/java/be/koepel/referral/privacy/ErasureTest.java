package be.koepel.referral.privacy;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.referrer;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.referral.referral.PersonalDataAccess;
import be.koepel.referral.referral.Referral;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.UniqueDigits;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

    @Inject
    RetentionJob retention;

    @Test
    void aCoordinatorErasesPersonalDataOnRequestKeepingTheAnonymousPartsAndTheErasureIsAudited() {
        UUID peer = UUID.randomUUID();
        UUID referralId = assignedReferral(peer);
        given().auth().oauth2(volunteer(peer)).when().get("/api/referrals/" + referralId)
                .then().statusCode(200).body("person.firstName", org.hamcrest.Matchers.startsWith("Lies-"));
        String trajectory = "/api/trajectories/" + trajectoryOf(referralId);
        given().auth().oauth2(volunteer(peer)).contentType(ContentType.JSON)
                .body("""
                        {"type": "OPTIONS_OFFERED", "options": ["SELF_HELP_GROUP"], "selfHelpGroup": "OTHER",
                         "selfHelpGroupName": "de groep van Lies haar broer", "note": "belt Lies morgen"}""")
                .when().post(trajectory + "/steps").then().statusCode(201);

        given().auth().oauth2(hospital("az-herentals")).when().delete("/api/referrals/" + referralId + "/personal-data")
                .then().statusCode(403);
        given().auth().oauth2(volunteer(peer)).when().delete("/api/referrals/" + referralId + "/personal-data")
                .then().statusCode(403);
        given().auth().oauth2(coordinator()).queryParam("reason", "asked by phone")
                .when().delete("/api/referrals/" + referralId + "/personal-data")
                .then().statusCode(204);

        Referral erased = QuarkusTransaction.requiringNew().call(() -> {
            Referral r = Referral.findById(referralId);
            r.familyContacts.size();
            return r;
        });
        assertThat(erased.personFirstName).isNull();
        assertThat(erased.personPhone).isNull();
        assertThat(erased.personPhoneKey).isNull();
        assertThat(erased.familyContacts).isEmpty();
        assertThat(erased.personAgeBand).isNotNull();
        assertThat(erased.personMunicipality).isEqualTo("Herentals");
        given().auth().oauth2(volunteer(peer)).when().get("/api/referrals/" + referralId)
                .then().statusCode(200).body("person", nullValue()).body("personalDataErasedAt", notNullValue());
        // free text may name the person and goes; what kind of help was offered stays
        given().auth().oauth2(coordinator()).when().get(trajectory).then().statusCode(200)
                .body("steps[1].type", equalTo("OPTIONS_OFFERED"))
                .body("steps[1].options", hasItem("SELF_HELP_GROUP"))
                .body("steps[1].selfHelpGroup", equalTo("OTHER"))
                .body("steps[1].selfHelpGroupName", nullValue())
                .body("steps[1].note", nullValue());
        given().auth().oauth2(coordinator()).queryParam("referralId", referralId)
                .when().get("/api/personal-data-accesses")
                .then().statusCode(200).body("items.purpose", hasItem("erasure: on request: asked by phone"))
                .body("items.role", hasItem("volunteer"));
        given().auth().oauth2(hospital("az-herentals")).when().get("/api/personal-data-accesses").then().statusCode(403);
        given().auth().oauth2(volunteer(peer)).when().get("/api/personal-data-accesses").then().statusCode(403);
        given().auth().oauth2(coordinator()).queryParam("referralId", "not-a-referral")
                .when().get("/api/personal-data-accesses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.contains("referralId"));
    }

    @Test
    void anErasedReferralLeavesNeitherItsExternalReferenceInTheIdempotencyLedgerNorAReopeningReasonBehind() {
        String digits = String.valueOf(UniqueDigits.next());
        String reference = "HAK-" + digits;
        String location = given().auth().oauth2(referrer("huisartsen-kasterlee", "GP"))
                .header("Idempotency-Key", "key-" + digits).contentType(ContentType.JSON)
                .body("""
                        {"channel": "GP", "externalReference": "%s",
                         "person": {"firstName": "Lies-%s", "phone": "+32 470 %s", "language": "nl"},
                         "consent": {"contactByPeer": true}}""".formatted(reference, digits, digits))
                .when().post("/api/referrals").then().statusCode(201).extract().header("Location");
        UUID referralId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        String trajectory = "/api/trajectories/" + trajectoryOf(referralId);
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("{\"type\": \"CLOSED\", \"closeReason\": \"NOT_REACHABLE\"}")
                .when().post(trajectory + "/steps").then().statusCode(201);
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("{\"type\": \"REOPENED\", \"reason\": \"Lies-" + digits + " belde zelf terug\"}")
                .when().post(trajectory + "/steps").then().statusCode(201);
        assertThat(idempotencyEntriesOf(referralId)).isEqualTo(2);
        given().auth().oauth2(coordinator()).when().get(trajectory).then()
                .body("steps[1].reason", equalTo("Lies-" + digits + " belde zelf terug"));

        given().auth().oauth2(coordinator()).when().delete("/api/referrals/" + referralId + "/personal-data")
                .then().statusCode(204);

        assertThat(idempotencyEntriesOf(referralId)).isZero();
        given().auth().oauth2(coordinator()).when().get(trajectory).then().statusCode(200)
                .body("steps.type", org.hamcrest.Matchers.contains("CLOSED", "REOPENED"))
                .body("steps[1].reason", nullValue());
        given().auth().oauth2(coordinator()).when().get("/api/referrals/" + referralId).then().statusCode(200)
                .body("externalReference", nullValue());
    }

    @Test
    void erasingOneReferralAlsoErasesTheSamePersonsDuplicatesLinkedToItsTrajectoryEachAuditedAndNoEventSent() {
        String digits = String.valueOf(UniqueDigits.next());
        UUID first = gpReferral("huisartsen-kasterlee", "GP", "Lies-" + digits, "+32 470 " + digits, "first-" + digits);
        UUID second = gpReferral("ocmw-turnhout", "OCMW", "Liesje-" + digits, "0470 " + digits, "second-" + digits);
        String trajectoryId = trajectoryOf(first);
        assertThat(trajectoryOf(second)).as("the second joined the first's trajectory").isEqualTo(trajectoryId);
        assertThat(idempotencyEntriesOf(first)).isEqualTo(1);
        assertThat(idempotencyEntriesOf(second)).isEqualTo(1);
        long eventsBefore = outboxMessagesAbout(first, second, trajectoryId);

        given().auth().oauth2(coordinator()).queryParam("reason", "asked by phone")
                .when().delete("/api/referrals/" + first + "/personal-data").then().statusCode(204);

        for (UUID id : new UUID[] {first, second}) {
            Referral erased = QuarkusTransaction.requiringNew().call(() -> Referral.findById(id));
            assertThat(erased.personalDataErasedAt).as("erased: " + id).isNotNull();
            assertThat(erased.personFirstName).isNull();
            assertThat(erased.personPhone).isNull();
            assertThat(erased.personPhoneKey).isNull();
            assertThat(erased.externalReference).isNull();
            assertThat(erased.organisationId).isNotNull();
            assertThat(idempotencyEntriesOf(id)).isZero();
        }
        given().auth().oauth2(coordinator()).queryParam("referralId", first).when().get("/api/personal-data-accesses")
                .then().statusCode(200).body("items.purpose", hasItem("erasure: on request: asked by phone"));
        given().auth().oauth2(coordinator()).queryParam("referralId", second).when().get("/api/personal-data-accesses")
                .then().statusCode(200).body("items.purpose",
                        hasItem("erasure: on request: asked by phone (same person as referral " + first + ")"));
        // as a single erasure: nothing is announced, and asking again changes nothing
        assertThat(outboxMessagesAbout(first, second, trajectoryId)).isEqualTo(eventsBefore);
        given().auth().oauth2(coordinator()).when().delete("/api/referrals/" + second + "/personal-data").then().statusCode(204);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PersonalDataAccess.count(
                "referralId = ?1 and purpose like 'erasure:%'", second))).isEqualTo(1);
    }

    private static UUID gpReferral(String organisation, String type, String firstName, String phone, String key) {
        String location = given().auth().oauth2(referrer(organisation, type)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body("""
                        {"channel": "%s", "person": {"firstName": "%s", "phone": "%s", "language": "nl"},
                         "consent": {"contactByPeer": true}}""".formatted(type, firstName, phone))
                .when().post("/api/referrals").then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static long outboxMessagesAbout(UUID first, UUID second, String trajectoryId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Referral.getEntityManager()
                .createNativeQuery("select count(*) from outbox_message where message_key in (:a, :b, :t)")
                .setParameter("a", first.toString()).setParameter("b", second.toString()).setParameter("t", trajectoryId)
                .getSingleResult()).longValue());
    }

    private static long idempotencyEntriesOf(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Referral.getEntityManager()
                .createNativeQuery("select count(*) from referral_idempotency where referral_id = :id")
                .setParameter("id", referralId).getSingleResult()).longValue());
    }

    @Test
    void theRetentionJobErasesTrajectoriesClosedLongerAgoThanTheRetentionPeriodOnly() {
        UUID peer = UUID.randomUUID();
        UUID old = assignedReferral(peer);
        UUID recent = assignedReferral(UUID.randomUUID());
        close(old, peer, Instant.now().minus(Duration.ofDays(400)));
        String recentTrajectory = trajectoryOf(recent);
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body("{\"type\": \"CLOSED\", \"closeReason\": \"GOT_HELP\"}")
                .when().post("/api/trajectories/" + recentTrajectory + "/steps").then().statusCode(201);

        retention.eraseExpired();

        assertThat(QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>findById(old).personalDataErasedAt)).isNotNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>findById(recent).personPhone)).isNotNull();
    }

    private void close(UUID referralId, UUID peer, Instant closedAt) {
        String trajectory = trajectoryOf(referralId);
        given().auth().oauth2(volunteer(peer)).contentType(ContentType.JSON)
                .body("{\"type\": \"CLOSED\", \"closeReason\": \"NOT_REACHABLE\"}")
                .when().post("/api/trajectories/" + trajectory + "/steps").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> Referral.getEntityManager()
                .createNativeQuery("update trajectory set closed_at = :at where id = cast(:id as uuid)")
                .setParameter("at", closedAt).setParameter("id", trajectory).executeUpdate());
    }

    private static String trajectoryOf(UUID referralId) {
        return given().auth().oauth2(coordinator()).when().get("/api/referrals/" + referralId)
                .then().statusCode(200).extract().path("trajectoryId");
    }

    private UUID assignedReferral(UUID peer) {
        String digits = String.valueOf(UniqueDigits.next());
        String phone = "+32 470 " + digits;
        String location = given().auth().oauth2(hospital("az-herentals")).contentType(ContentType.JSON)
                .body("""
                        {"channel": "ER", "er": {"department": "Spoed", "room": "Box 3"},
                         "person": {"firstName": "Lies-%s", "phone": "%s", "language": "nl", "birthYear": 1995,
                                    "municipality": "Herentals"},
                         "familyInvolvement": {"contacts": [{"name": "Mama", "relation": "moeder", "phone": "+32 14 00 00 00"}]},
                         "consent": {"contactByPeer": true}}""".formatted(digits, phone))
                .when().post("/api/referrals").then().statusCode(201).extract().header("Location");
        UUID referralId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        PageAcknowledged data = new PageAcknowledged(UUID.randomUUID(), referralId, peer, Instant.now());
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send(Topics.NOTIFICATION_EVENTS, referralId.toString(), codec.encode(codec.wrap(
                    "koepel/notification-service", EventTypes.PAGE_ACKNOWLEDGED, referralId.toString(), data)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get("/api/referrals/" + referralId).then().body("status", equalTo("PEER_ASSIGNED")));
        return referralId;
    }
}
