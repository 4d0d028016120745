package be.koepel.group.attendance;

import static be.koepel.group.contactgroup.GroupFixtures.body;
import static be.koepel.group.contactgroup.GroupFixtures.create;
import static be.koepel.group.contactgroup.GroupFixtures.groupLedBy;
import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttendanceTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

    @Test
    void aLeaderRecordsWhoCameWithTrajectoryIdsAndFirstNamesOnly() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Hoogstraten");
        String session = pastSession(group, leader, 7);
        UUID trajectory = UUID.randomUUID();

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"trajectoryIds": ["%s"], "otherPersons": 2,
                         "family": {"firstNames": ["Anne-Marie"], "count": 1},
                         "professionals": {"count": 1}}""".formatted(trajectory))
                .when().put("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(200)
                .body("total", equalTo(6));

        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(200)
                .body("trajectoryIds", contains(trajectory.toString()))
                .body("family.firstNames", contains("Anne-Marie"))
                .body("family.count", equalTo(1))
                .body("professionals.count", equalTo(1))
                .body("otherPersons", equalTo(2));
    }

    @Test
    void aPersonsFirstVisitPublishesMemberJoinedOnceConformingToItsSchema() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Rijkevorsel");
        String first = pastSession(group, leader, 14);
        String second = pastSession(group, leader, 7);
        UUID trajectory = UUID.randomUUID();
        String sheet = """
                {"trajectoryIds": ["%s"]}""".formatted(trajectory);

        for (String session : new String[] {first, second}) {
            given().auth().oauth2(groupLeader(leader))
                    .contentType(ContentType.JSON).body(sheet)
                    .when().put("/api/groups/" + group + "/sessions/" + session + "/attendance")
                    .then().statusCode(200);
        }

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, String> joined = kafka.awaitRecord(Topics.GROUP_EVENTS,
                    r -> trajectory.toString().equals(r.key()));
            EventSchemas.assertConforms(joined.value());
            var event = codec.decode(joined.value());
            assertThat(event.type()).isEqualTo(EventTypes.GROUP_MEMBER_JOINED);
            assertThat(event.subject()).isEqualTo(trajectory.toString());
            assertThat(event.data().path("groupId").asText()).isEqualTo(group.toString());
            assertThat(event.data().path("sessionId").asText()).isEqualTo(first);
            assertThat(kafka.readAll(Topics.GROUP_EVENTS, r -> trajectory.toString().equals(r.key()),
                    Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    void aRecordedSessionIsPublishedAsHeldWithItsLeadersTimesAndHeadCountButNoOneNamed() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Kasterlee");
        String session = pastSession(group, leader, 7);
        UUID trajectory = UUID.randomUUID();
        var times = given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + session)
                .then().statusCode(200).extract();
        String groupName = given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group)
                .then().statusCode(200).extract().path("name");

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"trajectoryIds": ["%s"], "otherPersons": 2,
                         "family": {"firstNames": ["Griet"], "count": 1},
                         "professionals": {"firstNames": ["Sofie"]}}""".formatted(trajectory))
                .when().put("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(200);

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, String> held = kafka.awaitRecord(Topics.GROUP_EVENTS, r -> isSessionHeld(r, session));
            EventSchemas.assertConforms(held.value());
            var event = codec.decode(held.value());
            assertThat(held.key()).isEqualTo(group.toString());
            assertThat(event.subject()).isEqualTo(group.toString());
            assertThat(event.data().path("groupId").asText()).isEqualTo(group.toString());
            assertThat(event.data().path("groupName").asText()).isEqualTo(groupName);
            assertThat(event.data().path("leaders")).extracting(n -> n.asText()).containsExactly(leader.toString());
            assertThat(Instant.parse(event.data().path("startedAt").asText()))
                    .isEqualTo(OffsetDateTime.parse(times.path("startsAt")).toInstant());
            assertThat(Instant.parse(event.data().path("endedAt").asText()))
                    .isEqualTo(OffsetDateTime.parse(times.path("endsAt")).toInstant());
            assertThat(event.data().path("attendees").asInt()).isEqualTo(6);
            assertThat(held.value()).doesNotContain(trajectory.toString()).doesNotContain("Griet")
                    .doesNotContain("Sofie");
        }
    }

    @Test
    void recordingAttendanceAgainPublishesTheSameSessionAsHeldAgainWithTheLatestCount() {
        UUID leader = UUID.randomUUID();
        UUID coLeader = UUID.randomUUID();
        UUID group = create(body("Olen", leader, """
                {"weekday": "MONDAY", "startTime": "19:00", "endTime": "21:00"}""")
                .replace("\"leaders\": [\"%s\"]".formatted(leader),
                        "\"leaders\": [\"%s\", \"%s\"]".formatted(leader, coLeader)));
        String session = pastSession(group, leader, 7);

        for (int count : new int[] {3, 5}) {
            given().auth().oauth2(groupLeader(coLeader))
                    .contentType(ContentType.JSON).body("""
                            {"otherPersons": %d}""".formatted(count))
                    .when().put("/api/groups/" + group + "/sessions/" + session + "/attendance")
                    .then().statusCode(200);
        }

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> held = kafka.awaitRecords(Topics.GROUP_EVENTS,
                    r -> isSessionHeld(r, session), 2);
            held.forEach(r -> EventSchemas.assertConforms(r.value()));
            var first = codec.decode(held.get(0).value());
            var second = codec.decode(held.get(1).value());
            assertThat(List.of(first.data().path("attendees").asInt(), second.data().path("attendees").asInt()))
                    .containsExactly(3, 5);
            assertThat(second.data().path("sessionId").asText()).isEqualTo(session);
            assertThat(second.data().path("leaders")).extracting(n -> n.asText())
                    .containsExactlyInAnyOrder(leader.toString(), coLeader.toString());
            assertThat(Instant.parse(second.data().path("recordedAt").asText()))
                    .isAfterOrEqualTo(Instant.parse(first.data().path("recordedAt").asText()));
            assertThat(held).allSatisfy(r -> assertThat(r.key()).isEqualTo(group.toString()));
        }
    }

    @Test
    void attendanceHistoryIsForThatGroupsLeadersAndTheCoordinatorsOnly() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Beerse");
        String session = pastSession(group, leader, 7);
        UUID otherLeader = UUID.randomUUID();
        groupLedBy(otherLeader, "Vosselaar");
        String sheet = """
                {"otherPersons": 4}""";
        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON).body(sheet)
                .when().put("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(200);

        given().auth().oauth2(groupLeader(leader))
                .when().get("/api/groups/" + group + "/attendance")
                .then().statusCode(200)
                .body("items.total", contains(4));
        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/attendance")
                .then().statusCode(200)
                .body("total", equalTo(1));

        given().auth().oauth2(groupLeader(otherLeader))
                .when().get("/api/groups/" + group + "/attendance")
                .then().statusCode(403);
        given().auth().oauth2(groupLeader(otherLeader))
                .when().get("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(403);
        given().auth().oauth2(groupLeader(otherLeader))
                .contentType(ContentType.JSON).body("""
                        {"otherPersons": 0}""")
                .when().put("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(403);
        given().auth().oauth2(volunteer(leader))
                .when().get("/api/groups/" + group + "/attendance")
                .then().statusCode(403);

        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().body("otherPersons", equalTo(4));
    }

    @Test
    void aSurnameOrANegativeCountIsRefusedNamingTheFieldAndNothingIsRecorded() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Merksplas");
        String session = pastSession(group, leader, 7);

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"otherPersons": -1, "family": {"firstNames": ["Anne Peeters"]}}""")
                .when().put("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("otherPersons"))
                .body("violations.field", hasItem(startsWith("family.firstNames")));

        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(404);
    }

    @Test
    void nobodyAttendsASessionThatHasNotStartedOrWasCancelled() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Lille");
        String future = given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions")
                .then().extract().path("items[0].id");
        String cancelled = pastSession(group, leader, 7);
        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON).body("""
                        {"reason": "Storm"}""")
                .when().post("/api/groups/" + group + "/sessions/" + cancelled + "/cancellation")
                .then().statusCode(200);

        for (String session : new String[] {future, cancelled}) {
            given().auth().oauth2(groupLeader(leader))
                    .contentType(ContentType.JSON).body("""
                            {"otherPersons": 3}""")
                    .when().put("/api/groups/" + group + "/sessions/" + session + "/attendance")
                    .then().statusCode(409);
        }
    }

    private boolean isSessionHeld(ConsumerRecord<String, String> record, String session) {
        return record.value().contains(EventTypes.GROUP_SESSION_HELD)
                && session.equals(codec.decode(record.value()).data().path("sessionId").asText());
    }

    /** A one-off session that took place {@code daysAgo}, as a leader adds it after the fact. */
    static String pastSession(UUID group, UUID leader, int daysAgo) {
        OffsetDateTime start = OffsetDateTime.now(BRUSSELS).minusDays(daysAgo).truncatedTo(ChronoUnit.HOURS);
        return given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"startsAt": "%s", "endsAt": "%s"}""".formatted(start, start.plusHours(2)))
                .when().post("/api/groups/" + group + "/sessions")
                .then().statusCode(201)
                .extract().path("id");
    }
}
