package be.koepel.referral.trajectory;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.group.MemberJoined;
import be.koepel.contracts.group.NewcomerExpected;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.referral.statistics.Statistics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactGroupArrivalsTest {

    private static final int TRAJECTORIES = 5;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

    @Inject
    Statistics statistics;

    KafkaTestClient kafka;
    TrajectoryFixtures fixtures;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
        fixtures = new TrajectoryFixtures(kafka, codec);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aPersonWhoCameToAContactGroupIsRecordedOnceOnTheTrajectoryAttributedToGroupService() {
        TrajectoryFixtures.Opened opened = fixtures.openWithPeer(false);
        UUID group = UUID.randomUUID();
        String joined = memberJoined(opened.publicId(), group);

        kafka.send(Topics.GROUP_EVENTS, opened.publicId(), joined);
        kafka.send(Topics.GROUP_EVENTS, opened.publicId(), joined);
        // group-service saying it again under another event id changes nothing either
        kafka.send(Topics.GROUP_EVENTS, opened.publicId(), memberJoined(opened.publicId(), group));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get(opened.path()).then().statusCode(200)
                .body("steps.type", contains("PEER_ASSIGNED", "JOINED_CONTACT_GROUP"))
                .body("steps[1].contactGroupId", equalTo(group.toString()))
                .body("steps[1].recordedBy", equalTo("group-service"))
                .body("steps[1].recordedRole", equalTo("service"))
                .body("state", equalTo("PEER_ASSIGNED")));
        List<ConsumerRecord<String, String>> internal = kafka.awaitRecords(Topics.TRAJECTORY_INTERNAL,
                r -> opened.publicId().equals(r.key()) && r.value().contains("JOINED_CONTACT_GROUP"), 1);
        EventSchemas.assertConforms(internal.get(0).value());
        assertThat(kafka.readAll(Topics.TRAJECTORY_INTERNAL,
                r -> opened.publicId().equals(r.key()) && r.value().contains("JOINED_CONTACT_GROUP"), Duration.ofSeconds(2)))
                .hasSize(1);
        given().auth().oauth2(coordinator()).when().get(opened.path()).then()
                .body("steps.type", contains("PEER_ASSIGNED", "JOINED_CONTACT_GROUP"));
    }

    @Test
    void trajectoriesWhosePersonCameToAGroupCountInTheShareThatReachedAContactGroup() {
        Instant from = Instant.now();
        List<TrajectoryFixtures.Opened> opened = new ArrayList<>();
        for (int i = 0; i < TRAJECTORIES; i++) {
            opened.add(fixtures.openWithPeer(false));
        }
        String publicId = opened.get(0).publicId();
        kafka.send(Topics.GROUP_EVENTS, publicId, memberJoined(publicId, UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get(opened.get(0).path()).then().body("steps.type", contains("PEER_ASSIGNED", "JOINED_CONTACT_GROUP")));
        assertThat(statistics.between(from, Instant.now()).contactGroupShare()).isEqualTo(1.0 / TRAJECTORIES);
    }

    @Test
    void anUnknownTrajectoryGoesToTheDeadLetterTopicWithTheReasonAndOtherGroupEventsAreSkipped() {
        String unknown = UUID.randomUUID().toString();
        UUID group = UUID.randomUUID();
        String newcomer = codec.encode(codec.wrap("koepel/group-service", EventTypes.GROUP_NEWCOMER_EXPECTED,
                group.toString(), new NewcomerExpected(UUID.randomUUID(), group, "Contactgroep Mol",
                        UUID.fromString(unknown), List.of(), null, null, Instant.now())));
        kafka.send(Topics.GROUP_EVENTS, unknown, newcomer);
        String joined = memberJoined(unknown, group);
        kafka.send(Topics.GROUP_EVENTS, unknown, joined);

        ConsumerRecord<String, String> parked = kafka.awaitRecord(Topics.deadLetter(Topics.GROUP_EVENTS),
                r -> unknown.equals(r.key()));
        assertThat(parked.value()).isEqualTo(joined);
        assertThat(KafkaTestClient.header(parked, "dead-letter-reason")).contains("no trajectory has the public id " + unknown);
        assertThat(kafka.readAll(Topics.deadLetter(Topics.GROUP_EVENTS), r -> unknown.equals(r.key()), Duration.ofSeconds(2)))
                .hasSize(1);
    }

    private String memberJoined(String publicId, UUID group) {
        MemberJoined data = new MemberJoined(group, UUID.fromString(publicId), UUID.randomUUID(), Instant.now());
        return codec.encode(codec.wrap("koepel/group-service", EventTypes.GROUP_MEMBER_JOINED, publicId, data));
    }
}
