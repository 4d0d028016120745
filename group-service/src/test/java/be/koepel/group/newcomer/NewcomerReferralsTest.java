package be.koepel.group.newcomer;

import static be.koepel.group.contactgroup.GroupFixtures.groupLedBy;
import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.referral.ReferringOrganisation;
import be.koepel.contracts.trajectory.FollowUpLapsed;
import be.koepel.contracts.trajectory.TrajectoryProgressed;
import be.koepel.contracts.trajectory.TrajectoryStepRecorded;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

    private static final Duration SETTLE = Duration.ofSeconds(2);

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
    void aReferralOfAPersonWhoDidNotConsentToSharingReachesTheGroupsLeadersWithTheNextSession() {
        // The internal event carries no consent at all: it arrives for every trajectory, and a
        // person who shares nothing with partners must still be expected by the group.
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Arendonk");
        UUID trajectory = UUID.randomUUID();
        String nextSession = given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions")
                .then().extract().path("items[0].startsAt");

        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), progressed(trajectory, "REFERRED_ON", group));

        ConsumerRecord<String, String> request = awaitNewcomerExpected(trajectory);
        EventSchemas.assertConforms(request.value());
        CloudEvent event = codec.decode(request.value());
        assertThat(request.key()).isEqualTo(group.toString());
        assertThat(event.subject()).isEqualTo(group.toString());
        assertThat(event.data().path("groupId").asText()).isEqualTo(group.toString());
        assertThat(event.data().path("recipients").get(0).asText()).isEqualTo(leader.toString());
        assertThat(event.data().path("trajectoryId").asText()).isEqualTo(trajectory.toString());
        assertThat(Instant.parse(event.data().path("nextSessionStartsAt").asText()))
                .isEqualTo(OffsetDateTime.parse(nextSession).toInstant());
    }

    @Test
    void aRedeliveredReferralAndASecondReferralToTheSameGroupExpectTheNewcomerOnce() {
        UUID group = groupLedBy(UUID.randomUUID(), "Retie");
        UUID trajectory = UUID.randomUUID();
        String referred = progressed(trajectory, "REFERRED_ON", group);

        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), referred);
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), referred);
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), progressed(trajectory, "REFERRED_ON", group));

        awaitNewcomerExpected(trajectory);
        assertThat(kafka.readAll(Topics.GROUP_EVENTS, r -> isNewcomerExpected(r, trajectory), SETTLE)).hasSize(1);
        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/newcomers")
                .then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void theGroupsLeadersSeeWhoIsExpectedByTrajectoryIdAndLeadersOfOtherGroupsDoNot() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Geel");
        UUID otherLeader = UUID.randomUUID();
        groupLedBy(otherLeader, "Laakdal");
        UUID trajectory = UUID.randomUUID();

        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), progressed(trajectory, "REFERRED_ON", group));

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
    void otherStepsReferralsElsewhereAndLapsedFollowUpsRequestNoNotification() {
        UUID group = groupLedBy(UUID.randomUUID(), "Mol");
        UUID trajectory = UUID.randomUUID();
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), progressed(trajectory, "BEDSIDE_VISIT", null));
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), progressed(trajectory, "REFERRED_ON", null));
        // a step naming the group but not a referral to it
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), progressed(trajectory, "FOLLOW_UP_CONTACT", group));
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), followUpLapsed(trajectory));
        // a last referral that does count shows the earlier ones were read and skipped
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(), progressed(trajectory, "REFERRED_ON", group));

        awaitNewcomerExpected(trajectory);
        List<ConsumerRecord<String, String>> requests = kafka.readAll(Topics.GROUP_EVENTS,
                r -> r.value().contains(trajectory.toString()), SETTLE);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).key()).isEqualTo(group.toString());
        assertThat(kafka.readAll(Topics.deadLetter(Topics.TRAJECTORY_INTERNAL),
                r -> trajectory.toString().equals(r.key()), SETTLE)).isEmpty();
    }

    @Test
    void aReferralOnThePublicTopicIsIgnoredNow() {
        UUID group = groupLedBy(UUID.randomUUID(), "Dessel");
        UUID publicOnly = UUID.randomUUID();
        UUID internal = UUID.randomUUID();

        kafka.send(Topics.TRAJECTORY_PUBLIC, publicOnly.toString(), publicStep(publicOnly, group));
        kafka.send(Topics.TRAJECTORY_INTERNAL, internal.toString(), progressed(internal, "REFERRED_ON", group));

        // the internal referral, sent after the public one, shows the service is consuming
        awaitNewcomerExpected(internal);
        assertThat(kafka.readAll(Topics.GROUP_EVENTS, r -> r.value().contains(publicOnly.toString()), SETTLE))
                .isEmpty();
        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/newcomers")
                .then().statusCode(200)
                .body("items.trajectoryId", contains(internal.toString()));
    }

    @Test
    void aReferralToAContactGroupNobodyKnowsIsParkedOnTheDeadLetterTopicNamingTheGroup() {
        UUID unknownGroup = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();

        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectory.toString(),
                progressed(trajectory, "REFERRED_ON", unknownGroup));

        ConsumerRecord<String, String> parked = kafka.awaitRecord(Topics.deadLetter(Topics.TRAJECTORY_INTERNAL),
                r -> trajectory.toString().equals(r.key()));
        assertThat(KafkaTestClient.header(parked, "dead-letter-reason"))
                .contains(unknownGroup.toString()).contains(trajectory.toString());
        assertThat(kafka.readAll(Topics.GROUP_EVENTS, r -> r.value().contains(trajectory.toString()), SETTLE))
                .isEmpty();
    }

    @Test
    void aMalformedTrajectoryEventIsParkedOnTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        kafka.send(Topics.TRAJECTORY_INTERNAL, key, "not a cloud event");

        ConsumerRecord<String, String> parked = kafka.awaitRecord(Topics.deadLetter(Topics.TRAJECTORY_INTERNAL),
                r -> key.equals(r.key()));
        assertThat(KafkaTestClient.header(parked, "dead-letter-reason")).isNotBlank();
    }

    private ConsumerRecord<String, String> awaitNewcomerExpected(UUID trajectory) {
        return kafka.awaitRecord(Topics.GROUP_EVENTS, r -> isNewcomerExpected(r, trajectory));
    }

    private static boolean isNewcomerExpected(ConsumerRecord<String, String> record, UUID trajectory) {
        return record.value().contains(EventTypes.GROUP_NEWCOMER_EXPECTED)
                && record.value().contains(trajectory.toString());
    }

    /** A step as referral-service publishes it internally: ids and the step, no consent, no person. */
    private String progressed(UUID trajectory, String stepType, UUID contactGroup) {
        TrajectoryProgressed data = new TrajectoryProgressed(UUID.randomUUID(), trajectory, stepType, null,
                contactGroup == null ? null : "Contactgroep", contactGroup, UUID.randomUUID(), "IN_FOLLOW_UP", "ER",
                new ReferringOrganisation("az-turnhout", "AZ Turnhout", "HOSPITAL"), null, Instant.now());
        String event = codec.encode(codec.wrap("koepel/referral-service", EventTypes.TRAJECTORY_PROGRESSED,
                trajectory.toString(), data));
        EventSchemas.assertConforms(event);
        return event;
    }

    private String followUpLapsed(UUID trajectory) {
        return codec.encode(codec.wrap("koepel/referral-service", EventTypes.FOLLOW_UP_LAPSED, trajectory.toString(),
                new FollowUpLapsed(UUID.randomUUID(), trajectory, UUID.randomUUID(), LocalDate.now().minusDays(1),
                        Instant.now())));
    }

    private String publicStep(UUID trajectory, UUID group) {
        TrajectoryStepRecorded data = new TrajectoryStepRecorded(trajectory, "REFERRED_ON", null, List.of(),
                group.toString(), "IN_FOLLOW_UP", "ER", "25-34", "Dessel", List.of("koepel"), Instant.now());
        return codec.encode(codec.wrap("koepel/referral-service", EventTypes.TRAJECTORY_STEP_RECORDED,
                trajectory.toString(), data));
    }
}
