package be.koepel.volunteer.load;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.KafkaTestClient;
import be.koepel.volunteer.Events;
import be.koepel.volunteer.Eventually;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Acknowledged pages and trajectory steps arrive on the real topics and keep each volunteer's load. */
@QuarkusTest
class LoadFromEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void anAcknowledgedPageAddsOneAClosureTakesItOffAndAReopeningAddsItAgain() {
        UUID peer = registerVolunteer("Peer", "nl");
        UUID referral = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();

        kafka.send(Topics.NOTIFICATION_EVENTS, referral.toString(), pageAcknowledged(referral, peer));
        awaitLoad(peer, 1);

        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), Events.trajectoryStep(referral, trajectory, peer, "CLOSED", "ALCOHOL_FREE"));
        awaitLoad(peer, 0);

        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), Events.trajectoryStep(referral, trajectory, peer, "REOPENED", null));
        awaitLoad(peer, 1);
    }

    @Test
    void theSameAcknowledgementDeliveredTwiceOrAnnouncedTwiceCountsOnce() {
        UUID peer = registerVolunteer("Peer", "nl");
        UUID referral = UUID.randomUUID();
        String ack = pageAcknowledged(referral, peer);

        kafka.send(Topics.NOTIFICATION_EVENTS, referral.toString(), ack);
        kafka.send(Topics.NOTIFICATION_EVENTS, referral.toString(), ack);
        kafka.send(Topics.NOTIFICATION_EVENTS, referral.toString(), pageAcknowledged(referral, peer));
        processedUpTo(referral.toString());

        assertLoad(peer, 1);
    }

    @Test
    void aClosureThatOvertakesTheAcknowledgementLeavesTheTrajectoryClosed() {
        UUID peer = registerVolunteer("Peer", "nl");
        UUID referral = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();

        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), Events.trajectoryStep(referral, trajectory, peer, "CLOSED", "DECLINED"));
        Eventually.check(() -> given().auth().oauth2(coordinator()).when().get("/api/volunteers/{id}/load", peer)
                .then().statusCode(200).body("recentAssignments", equalTo(1)));
        kafka.send(Topics.NOTIFICATION_EVENTS, referral.toString(), pageAcknowledged(referral, peer));
        processedUpTo(referral.toString());

        assertLoad(peer, 0);
    }

    @Test
    void eventsOfOtherTypesAreSkippedAndAMalformedStepIsParkedOnTheDeadLetterTopic() {
        UUID peer = registerVolunteer("Peer", "nl");
        UUID referral = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();
        ObjectNode declined = Events.data().put("pageId", UUID.randomUUID().toString())
                .put("referralId", referral.toString()).put("volunteerId", peer.toString())
                .put("declinedAt", "2026-11-24T21:03:00Z");
        ObjectNode broken = Events.data().put("referralId", "not-a-uuid");

        kafka.send(Topics.NOTIFICATION_EVENTS, referral.toString(),
                envelope(EventTypes.PAGE_DECLINED, referral.toString(), declined));
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(),
                envelope(EventTypes.TRAJECTORY_PROGRESSED, trajectory.toString(), broken));
        kafka.send(Topics.NOTIFICATION_EVENTS, referral.toString(), pageAcknowledged(referral, peer));

        kafka.awaitRecord(Topics.deadLetter(Topics.TRAJECTORY_INTERNAL), r -> trajectory.toString().equals(r.key()));
        processedUpTo(referral.toString());
        assertLoad(peer, 1);
        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get("/api/volunteers/{id}/load", peer)
                .then().statusCode(404);
    }

    /**
     * Sends a marker acknowledgement for another volunteer with the same key, so on the same partition, and
     * waits until it counts: everything sent before it with that key has then been processed.
     */
    private void processedUpTo(String key) {
        UUID marker = registerVolunteer("Marker", "nl");
        kafka.send(Topics.NOTIFICATION_EVENTS, key, pageAcknowledged(UUID.randomUUID(), marker));
        awaitLoad(marker, 1);
    }

    private static void assertLoad(UUID peer, int active) {
        given().auth().oauth2(coordinator()).when().get("/api/volunteers/{id}/load", peer)
                .then().statusCode(200).body("activeTrajectories", equalTo(active));
    }

    private static void awaitLoad(UUID peer, int active) {
        Eventually.check(() -> given().auth().oauth2(volunteer(peer)).when().get("/api/volunteers/{id}/load", peer)
                .then().statusCode(200).body("activeTrajectories", equalTo(active)));
    }

    static String pageAcknowledged(UUID referral, UUID peer) {
        ObjectNode data = Events.data().put("pageId", UUID.randomUUID().toString())
                .put("referralId", referral.toString()).put("volunteerId", peer.toString())
                .put("acknowledgedAt", "2026-11-24T21:04:00Z");
        return Events.event("koepel/notification-service", EventTypes.PAGE_ACKNOWLEDGED, referral.toString(), data);
    }

    /** Without the schema check: for events that are broken on purpose or whose schema this test does not need. */
    private static String envelope(String type, String subject, ObjectNode data) {
        ObjectNode event = Events.JSON.createObjectNode().put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString()).put("source", "koepel/test").put("type", type)
                .put("subject", subject).put("time", "2026-11-24T20:00:05Z").put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }
}
