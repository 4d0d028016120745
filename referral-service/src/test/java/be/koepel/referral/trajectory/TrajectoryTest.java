package be.koepel.referral.trajectory;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.contracts.notification.PageSent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.UniqueDigits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrajectoryTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void whenThePeerIsAssignedTheTrajectoryGetsItsFirstStepAndAConsentingPersonIsAnnouncedPseudonymised() {
        UUID referralId = postErReferral(true);
        UUID peer = UUID.randomUUID();
        acknowledge(referralId, peer);
        String trajectoryId = awaitTrajectoryOf(referralId);

        given().auth().oauth2(coordinator()).when().get("/api/trajectories/" + trajectoryId)
                .then().statusCode(200)
                .body("state", equalTo("PEER_ASSIGNED"))
                .body("assignedVolunteerId", equalTo(peer.toString()))
                .body("steps.type", contains("PEER_ASSIGNED"));
        String publicId = given().auth().oauth2(volunteer(peer)).when().get("/api/trajectories/" + trajectoryId)
                .then().statusCode(200).extract().path("publicId");

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.TRAJECTORY_PUBLIC, r -> publicId.equals(r.key()));
        EventSchemas.assertConforms(record.value());
        assertThat(record.value())
                .contains("\"type\":\"" + EventTypes.TRAJECTORY_STEP_RECORDED + "\"", "\"stepType\":\"PEER_ASSIGNED\"",
                        "\"sharedWith\":[\"caw-de-kempen\"]", "\"municipality\":\"Geel\"", "\"source\":\"ER\"")
                .doesNotContain(referralId.toString(), trajectoryId, peer.toString(), "Griet", lastPhoneDigits, "birth");
    }

    @Test
    void withoutConsentToShareNothingIsPublishedForPartners() {
        UUID referralId = postErReferral(false);
        acknowledge(referralId, UUID.randomUUID());
        String trajectoryId = awaitTrajectoryOf(referralId);
        String publicId = given().auth().oauth2(coordinator()).when().get("/api/trajectories/" + trajectoryId)
                .then().statusCode(200).body("state", equalTo("PEER_ASSIGNED")).extract().path("publicId");

        assertThat(kafka.readAll(Topics.TRAJECTORY_PUBLIC, r -> publicId.equals(r.key()), Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void theAssignedPeerRecordsTheStepsAndTheHistoryKeepsWhoWhenAndWhat() {
        UUID referralId = postErReferral(true);
        UUID peer = UUID.randomUUID();
        acknowledge(referralId, peer);
        String trajectory = "/api/trajectories/" + awaitTrajectoryOf(referralId);

        step(peer, """
                {"type": "BEDSIDE_VISIT", "visitOutcome": "DONE", "note": "wil praten"}""").then().statusCode(201)
                .body("state", equalTo("FIRST_CONTACT"));
        step(peer, """
                {"type": "OPTIONS_OFFERED", "options": ["CONTACT_GROUP", "SELF_HELP_GROUP"]}""").then().statusCode(201);
        step(peer, """
                {"type": "FOLLOW_UP_CONTACT", "nextContactOn": "%s"}""".formatted(LocalDate.now().plusDays(7)))
                .then().statusCode(201).body("state", equalTo("IN_FOLLOW_UP"));
        step(peer, """
                {"type": "CLOSED", "closeReason": "GOT_HELP"}""").then().statusCode(201)
                .body("state", equalTo("CLOSED")).body("closeReason", equalTo("GOT_HELP"));
        String referrerView = given().auth().oauth2(hospital("az-sint-dimpna-geel")).when().get("/api/referrals/" + referralId)
                .then().statusCode(200)
                .body("outcome.state", equalTo("CLOSED"))
                .body("outcome.closeReason", equalTo("GOT_HELP"))
                .extract().asString();
        assertThat(referrerView).doesNotContain("wil praten");
        step(peer, """
                {"type": "BEDSIDE_VISIT", "visitOutcome": "DONE"}""").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("type"));
        step(peer, """
                {"type": "REOPENED"}""").then().statusCode(400).body("violations.field", hasItem("reason"));
        step(peer, """
                {"type": "REOPENED", "reason": "belde zelf terug"}""").then().statusCode(201)
                .body("state", equalTo("IN_FOLLOW_UP"));

        given().auth().oauth2(coordinator()).when().get(trajectory).then().statusCode(200)
                .body("steps.type", contains("PEER_ASSIGNED", "BEDSIDE_VISIT", "OPTIONS_OFFERED", "FOLLOW_UP_CONTACT",
                        "CLOSED", "REOPENED"))
                .body("steps[1].recordedBy", equalTo("volunteer-" + peer))
                .body("steps[1].recordedRole", equalTo("volunteer"))
                .body("steps[1].note", equalTo("wil praten"))
                .body("steps[2].options", contains("CONTACT_GROUP", "SELF_HELP_GROUP"));

        String publicId = given().auth().oauth2(coordinator()).when().get(trajectory).then().extract().path("publicId");
        var published = kafka.awaitRecords(Topics.TRAJECTORY_PUBLIC, r -> publicId.equals(r.key()), 6);
        published.forEach(r -> EventSchemas.assertConforms(r.value()));
        assertThat(published).noneMatch(r -> r.value().contains("wil praten") || r.value().contains("belde zelf"));
    }

    @Test
    void thePeerNamesTheSelfHelpGroupOfferedTheHistoryKeepsItAndPartnersLearnOnlyTheCategory() {
        UUID referralId = postErReferral(true);
        UUID peer = UUID.randomUUID();
        acknowledge(referralId, peer);
        String trajectory = "/api/trajectories/" + awaitTrajectoryOf(referralId);

        step(peer, """
                {"type": "OPTIONS_OFFERED", "options": ["CONTACT_GROUP", "SELF_HELP_GROUP"],
                 "selfHelpGroup": "SOS_NUCHTERHEID"}""").then().statusCode(201);
        step(peer, """
                {"type": "OPTIONS_OFFERED", "options": ["SELF_HELP_GROUP"], "selfHelpGroup": "OTHER",
                 "selfHelpGroupName": " Herstelgroep De Brug "}""").then().statusCode(201);
        // refused, each naming its field, and none of them recorded
        step(peer, """
                {"type": "OPTIONS_OFFERED", "options": ["SELF_HELP_GROUP"], "selfHelpGroup": "AAA"}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("selfHelpGroup"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("SOS_NUCHTERHEID"));
        step(peer, """
                {"type": "OPTIONS_OFFERED", "options": ["SELF_HELP_GROUP"], "selfHelpGroup": "OTHER"}""")
                .then().statusCode(400).body("violations.field", contains("selfHelpGroupName"));
        step(peer, """
                {"type": "OPTIONS_OFFERED", "options": ["CAW"], "selfHelpGroup": "AA"}""")
                .then().statusCode(400).body("violations.field", contains("options"));
        step(peer, """
                {"type": "OPTIONS_OFFERED", "options": ["SELF_HELP_GROUP"], "selfHelpGroupName": "AA Geel"}""")
                .then().statusCode(400).body("violations.field", contains("selfHelpGroup"));
        step(peer, """
                {"type": "BEDSIDE_VISIT", "visitOutcome": "DONE", "selfHelpGroup": "NA"}""")
                .then().statusCode(400).body("violations.field", contains("selfHelpGroup"));

        given().auth().oauth2(volunteer(peer)).when().get(trajectory).then().statusCode(200)
                .body("steps.type", contains("PEER_ASSIGNED", "OPTIONS_OFFERED", "OPTIONS_OFFERED"))
                .body("steps[1].selfHelpGroup", equalTo("SOS_NUCHTERHEID"))
                .body("steps[1].selfHelpGroupName", org.hamcrest.Matchers.nullValue())
                .body("steps[2].selfHelpGroup", equalTo("OTHER"))
                .body("steps[2].selfHelpGroupName", equalTo("Herstelgroep De Brug"))
                .body("steps[2].recordedBy", equalTo("volunteer-" + peer));

        String publicId = given().auth().oauth2(coordinator()).when().get(trajectory).then().extract().path("publicId");
        var published = kafka.awaitRecords(Topics.TRAJECTORY_PUBLIC, r -> publicId.equals(r.key()), 3);
        published.forEach(r -> EventSchemas.assertConforms(r.value()));
        assertThat(published.stream().map(ConsumerRecord::value).filter(v -> v.contains("OPTIONS_OFFERED")))
                .hasSize(2)
                .allMatch(v -> v.contains("SELF_HELP_GROUP"))
                .noneMatch(v -> v.contains("SOS_NUCHTERHEID") || v.contains("De Brug") || v.contains("selfHelpGroup"));
    }

    @Test
    void anotherPeerAReferrerAndAStaleVersionCannotRecordSteps() {
        UUID referralId = postErReferral(false);
        UUID peer = UUID.randomUUID();
        acknowledge(referralId, peer);
        String trajectory = "/api/trajectories/" + awaitTrajectoryOf(referralId);
        String visit = """
                {"type": "BEDSIDE_VISIT", "visitOutcome": "DISCHARGED_BEFORE_VISIT"}""";

        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get(trajectory).then().statusCode(404);
        step(UUID.randomUUID(), visit).then().statusCode(404);
        given().auth().oauth2(hospital("az-sint-dimpna-geel")).when().get(trajectory).then().statusCode(403);
        given().auth().oauth2(hospital("az-sint-dimpna-geel")).contentType(ContentType.JSON).body(visit)
                .when().post(trajectory + "/steps").then().statusCode(403);

        String etag = given().auth().oauth2(volunteer(peer)).when().get(trajectory).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(volunteer(peer)).header("If-Match", etag).contentType(ContentType.JSON).body(visit)
                .when().post(trajectory + "/steps").then().statusCode(201);
        given().auth().oauth2(volunteer(peer)).header("If-Match", etag).contentType(ContentType.JSON).body(visit)
                .when().post(trajectory + "/steps").then().statusCode(412);
    }

    @Test
    void aPageSentMarksTheTrajectoryPeerPaged() {
        UUID referralId = postErReferral(false);
        PageSent sent = new PageSent(UUID.randomUUID(), referralId, UUID.randomUUID(), 1, Instant.now(),
                Instant.now().plusSeconds(300));
        kafka.send(Topics.NOTIFICATION_EVENTS, referralId.toString(), codec.encode(codec.wrap("koepel/notification-service",
                EventTypes.PAGE_SENT, referralId.toString(), sent)));
        String trajectoryId = given().auth().oauth2(coordinator()).when().get("/api/referrals/" + referralId)
                .then().statusCode(200).extract().path("trajectoryId");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get("/api/trajectories/" + trajectoryId).then().statusCode(200)
                .body("state", equalTo("PEER_PAGED")));
    }

    @Test
    void aFollowUpWhoseNextContactDatePassedIsOnTheReminderListOfItsPeerAndTheCoordinatorOnly() {
        UUID referralId = postErReferral(false);
        UUID peer = UUID.randomUUID();
        acknowledge(referralId, peer);
        String trajectoryId = awaitTrajectoryOf(referralId);
        step(peer, """
                {"type": "FOLLOW_UP_CONTACT", "nextContactOn": "%s"}""".formatted(LocalDate.now().plusDays(1)))
                .then().statusCode(201);
        given().auth().oauth2(volunteer(peer)).when().get("/api/trajectories/follow-ups-due")
                .then().statusCode(200).body("trajectoryId", org.hamcrest.Matchers.not(hasItem(trajectoryId)));

        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Trajectory.getEntityManager()
                .createNativeQuery("update trajectory_step set next_contact_on = :day where trajectory_id = cast(:id as uuid)")
                .setParameter("day", LocalDate.now().minusDays(3)).setParameter("id", trajectoryId).executeUpdate());

        given().auth().oauth2(volunteer(peer)).when().get("/api/trajectories/follow-ups-due")
                .then().statusCode(200).body("trajectoryId", hasItem(trajectoryId));
        given().auth().oauth2(coordinator()).when().get("/api/trajectories/follow-ups-due")
                .then().statusCode(200).body("trajectoryId", hasItem(trajectoryId));
        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get("/api/trajectories/follow-ups-due")
                .then().statusCode(200).body("trajectoryId", org.hamcrest.Matchers.not(hasItem(trajectoryId)));
    }

    private io.restassured.response.Response step(UUID peer, String body) {
        return given().auth().oauth2(volunteer(peer)).contentType(ContentType.JSON).body(body)
                .when().post(stepsPath(peer));
    }

    private String currentTrajectory;

    private String stepsPath(UUID peer) {
        return currentTrajectory + "/steps";
    }

    private String awaitTrajectoryOf(UUID referralId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get("/api/referrals/" + referralId).then().statusCode(200)
                .body("status", equalTo("PEER_ASSIGNED")));
        String id = given().auth().oauth2(coordinator()).when().get("/api/referrals/" + referralId)
                .then().extract().path("trajectoryId");
        currentTrajectory = "/api/trajectories/" + id;
        return id;
    }

    /** Unique per referral, so that no referral of another test is taken for the same person. */
    private String lastPhoneDigits;

    private UUID postErReferral(boolean share) {
        lastPhoneDigits = String.valueOf(UniqueDigits.next());
        String phone = "+32 470 " + lastPhoneDigits;
        String consent = share ? "{\"contactByPeer\": true, \"shareWithPartners\": true, \"partners\": [\"caw-de-kempen\"]}"
                : "{\"contactByPeer\": true}";
        String location = given().auth().oauth2(hospital("az-sint-dimpna-geel")).contentType(ContentType.JSON)
                .body("""
                        {"channel": "ER", "er": {"department": "Spoed", "room": "Box 7"},
                         "person": {"firstName": "Griet-%s", "phone": "%s", "language": "nl", "birthYear": 1979,
                                    "municipality": "Geel"},
                         "consent": %s}""".formatted(lastPhoneDigits, phone, consent))
                .when().post("/api/referrals").then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private void acknowledge(UUID referralId, UUID volunteerId) {
        PageAcknowledged data = new PageAcknowledged(UUID.randomUUID(), referralId, volunteerId, Instant.now());
        kafka.send(Topics.NOTIFICATION_EVENTS, referralId.toString(), codec.encode(codec.wrap("koepel/notification-service",
                EventTypes.PAGE_ACKNOWLEDGED, referralId.toString(), data)));
    }
}
