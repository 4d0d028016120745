package be.koepel.volunteer.activity;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.KafkaTestClient;
import be.koepel.volunteer.Events;
import be.koepel.volunteer.Eventually;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bedside visits and group sessions led reach each volunteer's activity log from the real topics. */
@QuarkusTest
class ActivityLogTest {

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
    void aBedsideVisitThatTookPlaceIsLoggedOnceAndOneThatDidNotIsNot() {
        UUID peer = registerVolunteer("Peer", "nl");
        UUID trajectory = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        String visit = Events.trajectoryStep(referral, trajectory, peer, "BEDSIDE_VISIT", "DONE");

        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), visit);
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), visit);
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(),
                Events.trajectoryStep(referral, trajectory, peer, "BEDSIDE_VISIT", "DISCHARGED_BEFORE_VISIT"));
        // Another volunteer's visit behind them on the same partition: once it is logged, they have been processed.
        UUID marker = registerVolunteer("Marker", "nl");
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(),
                Events.trajectoryStep(UUID.randomUUID(), UUID.randomUUID(), marker, "BEDSIDE_VISIT", "DONE"));
        Eventually.check(() -> given().auth().oauth2(coordinator()).queryParam("year", "2026")
                .when().get("/api/volunteers/{id}/activity", marker)
                .then().statusCode(200).body("summary.bedsideVisits", equalTo(1)));

        given().auth().oauth2(volunteer(peer))
                .queryParam("year", "2026")
                .when().get("/api/volunteers/{id}/activity", peer)
                .then().statusCode(200)
                .body("summary.bedsideVisits", equalTo(1))
                .body("entries.kind", contains("BEDSIDE_VISIT"))
                .body("entries[0].startsAt", equalTo("2026-11-25T11:00:00+01:00"));
    }

    @Test
    void eachLeaderOfASessionGetsItAndARecordedAgainSessionReplacesTheEarlierReport() {
        UUID an = registerVolunteer("An", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        UUID group = UUID.randomUUID();
        UUID session = UUID.randomUUID();

        kafka.send(Topics.GROUP_EVENTS, group.toString(), sessionHeld(group, session, List.of(an, bart), "2026-05-04T20:00:00Z"));
        awaitSessions(bart, 1, 2.0f);

        // Attendance corrected: Bart did not lead after all. An older report arriving late changes nothing.
        kafka.send(Topics.GROUP_EVENTS, group.toString(), sessionHeld(group, session, List.of(an), "2026-05-05T09:00:00Z"));
        kafka.send(Topics.GROUP_EVENTS, group.toString(), sessionHeld(group, session, List.of(an, bart), "2026-05-04T19:00:00Z"));
        UUID next = UUID.randomUUID();
        kafka.send(Topics.GROUP_EVENTS, group.toString(), sessionHeld(group, next, List.of(bart), "2026-05-12T20:00:00Z"));

        awaitSessions(an, 1, 2.0f);
        Eventually.check(() -> given().auth().oauth2(coordinator()).queryParam("year", "2026")
                .when().get("/api/volunteers/{id}/activity", bart)
                .then().statusCode(200)
                .body("summary.groupSessionsLed", equalTo(1))
                .body("entries[0].startsAt", equalTo("2026-05-11T19:00:00+02:00")));
    }

    @Test
    void theYearsOnCallHoursComeFromTheRotaCountingOnlyThatYear() {
        UUID peer = registerVolunteer("Peer", "nl");
        String hospital = be.koepel.volunteer.Fixtures.freshHospital();
        // New Year's Eve 18:00 to 08:00: 6 hours in 2030. 22:00 to 08:00 across the autumn change: 11 hours, not 10.
        be.koepel.volunteer.Fixtures.putOnCall(peer, hospital, "2030-12-31T18:00:00+01:00", "2031-01-01T08:00:00+01:00", 1);
        be.koepel.volunteer.Fixtures.putOnCall(peer, hospital, "2030-10-26T22:00:00+02:00", "2030-10-27T08:00:00+01:00", 1);

        given().auth().oauth2(volunteer(peer)).queryParam("year", "2030")
                .when().get("/api/volunteers/{id}/activity", peer)
                .then().statusCode(200)
                .body("summary.onCallHours", equalTo(17.0f));
    }

    @Test
    void aVolunteerSeesOnlyTheirOwnActivityAndABadYearIsRefused() {
        UUID peer = registerVolunteer("Peer", "nl");

        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get("/api/volunteers/{id}/activity", peer)
                .then().statusCode(404);
        given().auth().oauth2(volunteer(peer)).queryParam("year", "twenty").when().get("/api/volunteers/{id}/activity", peer)
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
        given().auth().oauth2(volunteer(peer)).queryParam("year", "2025").when().get("/api/volunteers/{id}/activity", peer)
                .then().statusCode(200).body("summary.bedsideVisits", equalTo(0)).body("entries.size()", equalTo(0));
    }

    private static void awaitSessions(UUID leader, int count, float hours) {
        Eventually.check(() -> given().auth().oauth2(volunteer(leader)).queryParam("year", "2026")
                .when().get("/api/volunteers/{id}/activity", leader)
                .then().statusCode(200)
                .body("summary.groupSessionsLed", equalTo(count))
                .body("summary.groupSessionHours", equalTo(hours)));
    }

    /** A two-hour evening session starting a week before it was recorded. */
    private static String sessionHeld(UUID group, UUID session, List<UUID> leaders, String recordedAt) {
        java.time.Instant recorded = java.time.Instant.parse(recordedAt);
        java.time.Instant start = recorded.minus(java.time.Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plus(java.time.Duration.ofHours(17));
        ObjectNode data = Events.data().put("groupId", group.toString()).put("groupName", "Contactgroep Geel")
                .put("sessionId", session.toString()).put("startedAt", start.toString())
                .put("endedAt", start.plus(java.time.Duration.ofHours(2)).toString()).put("attendees", 9)
                .put("recordedAt", recordedAt);
        leaders.forEach(l -> data.withArray("leaders").add(l.toString()));
        return Events.event("koepel/group-service", EventTypes.GROUP_SESSION_HELD, group.toString(), data);
    }
}
