package be.koepel.group.newcomer;

import static be.koepel.group.contactgroup.GroupFixtures.groupLedBy;
import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.trajectory.TrajectoryStepRecorded;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NewcomerReferralsTest {

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
    void aTrajectoryReferredToAGroupTellsItsLeadersTheNextSessionOnceEvenIfDeliveredTwice() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Arendonk");
        UUID trajectory = UUID.randomUUID();
        String referred = step(trajectory, "REFERRED_ON", group.toString());
        String nextSession = given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions")
                .then().extract().path("items[0].startsAt");

        kafka.send(Topics.TRAJECTORY_PUBLIC, trajectory.toString(), referred);
        kafka.send(Topics.TRAJECTORY_PUBLIC, trajectory.toString(), referred);

        ConsumerRecord<String, String> request = kafka.awaitRecord(Topics.GROUP_EVENTS,
                r -> group.toString().equals(r.key()) && r.value().contains(EventTypes.GROUP_NEWCOMER_EXPECTED));
        EventSchemas.assertConforms(request.value());
        CloudEvent event = codec.decode(request.value());
        assertThat(event.subject()).isEqualTo(group.toString());
        assertThat(event.data().path("recipients").get(0).asText()).isEqualTo(leader.toString());
        assertThat(event.data().path("trajectoryId").asText()).isEqualTo(trajectory.toString());
        assertThat(Instant.parse(event.data().path("nextSessionStartsAt").asText()))
                .isEqualTo(OffsetDateTime.parse(nextSession).toInstant());
        assertThat(kafka.readAll(Topics.GROUP_EVENTS, r -> group.toString().equals(r.key())
                && r.value().contains(EventTypes.GROUP_NEWCOMER_EXPECTED), Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void theGroupsLeadersSeeWhoIsExpectedByTrajectoryIdAndLeadersOfOtherGroupsDoNot() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Geel");
        UUID otherLeader = UUID.randomUUID();
        groupLedBy(otherLeader, "Laakdal");
        UUID trajectory = UUID.randomUUID();

        kafka.send(Topics.TRAJECTORY_PUBLIC, trajectory.toString(), step(trajectory, "REFERRED_ON", group.toString()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(groupLeader(leader))
                .when().get("/api/groups/" + group + "/newcomers")
                .then().statusCode(200)
                .body("items.trajectoryId", contains(trajectory.toString()))
                .body("items[0].nextSessionStartsAt", notNullValue())
                .body("items[0].joined", equalTo(false)));
        given().auth().oauth2(groupLeader(otherLeader))
                .when().get("/api/groups/" + group + "/newcomers")
                .then().statusCode(403);
    }

    @Test
    void otherStepsAndReferralsToOtherOrganisationsRequestNoNotification() {
        UUID group = groupLedBy(UUID.randomUUID(), "Mol");
        UUID trajectory = UUID.randomUUID();
        kafka.send(Topics.TRAJECTORY_PUBLIC, trajectory.toString(), step(trajectory, "BEDSIDE_VISIT", null));
        kafka.send(Topics.TRAJECTORY_PUBLIC, trajectory.toString(), step(trajectory, "REFERRED_ON", "CAW De Kempen"));
        // a last referral that does count shows the earlier ones were read and skipped
        kafka.send(Topics.TRAJECTORY_PUBLIC, trajectory.toString(), step(trajectory, "REFERRED_ON", group.toString()));

        List<ConsumerRecord<String, String>> requests = kafka.awaitRecords(Topics.GROUP_EVENTS,
                r -> r.value().contains(trajectory.toString()) && r.value().contains(EventTypes.GROUP_NEWCOMER_EXPECTED), 1);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).key()).isEqualTo(group.toString());
    }

    @Test
    void aMalformedTrajectoryEventIsParkedOnTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        kafka.send(Topics.TRAJECTORY_PUBLIC, key, "not a cloud event");

        ConsumerRecord<String, String> parked = kafka.awaitRecord(Topics.deadLetter(Topics.TRAJECTORY_PUBLIC),
                r -> key.equals(r.key()));
        assertThat(KafkaTestClient.header(parked, "dead-letter-reason")).isNotBlank();
    }

    private String step(UUID trajectory, String stepType, String referredTo) {
        TrajectoryStepRecorded data = new TrajectoryStepRecorded(trajectory, stepType, null, List.of(), referredTo,
                "IN_FOLLOW_UP", "ER", "25-34", "Mol", List.of("koepel"), Instant.now());
        return codec.encode(codec.wrap("koepel/referral-service", EventTypes.TRAJECTORY_STEP_RECORDED,
                trajectory.toString(), data));
    }
}
