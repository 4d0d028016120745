package be.koepel.referral.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InternalTrajectoryEventsTest {

    private static final UUID GROUP = UUID.fromString("5d1c7a0e-2b8f-4f0a-9c3e-7e6f1a2b3c4d");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

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
    void aNonConsentingPersonsReferralToAContactGroupIsAnnouncedInternallyWithTheGroupAndNeverPublicly() {
        TrajectoryFixtures.Opened opened = fixtures.openWithPeer(false);
        opened.step("""
                {"type": "REFERRED_ON", "options": ["CONTACT_GROUP"], "contactGroupId": "%s",
                 "note": "Lotte wil dinsdag mee"}""".formatted(GROUP)).then().statusCode(201)
                .body("steps.find { it.type == 'REFERRED_ON' }.contactGroupId", equalTo(GROUP.toString()))
                .body("steps.find { it.type == 'REFERRED_ON' }.referredTo", equalTo(GROUP.toString()));

        List<ConsumerRecord<String, String>> internal = kafka.awaitRecords(Topics.TRAJECTORY_INTERNAL,
                r -> opened.publicId().equals(r.key()) && r.value().contains(EventTypes.TRAJECTORY_PROGRESSED), 2);
        internal.forEach(r -> EventSchemas.assertConforms(r.value()));
        assertThat(internal.get(0).value()).contains("\"stepType\":\"PEER_ASSIGNED\"",
                "\"volunteerId\":\"" + opened.peer() + "\"", "\"referralId\":\"" + opened.referralId() + "\"",
                "\"subject\":\"" + opened.publicId() + "\"", "\"channel\":\"ER\"", "AZ Sint-Dimpna Geel");
        assertThat(internal.get(1).value()).contains("\"stepType\":\"REFERRED_ON\"", "\"contactGroupId\":\"" + GROUP + "\"",
                "\"volunteerId\":\"" + opened.peer() + "\"", "\"state\":\"FIRST_CONTACT\"");
        assertThat(internal).noneMatch(r -> r.value().contains("Lotte") || r.value().contains("Vermeulen")
                || r.value().contains("Wouters") || r.value().contains(opened.trajectoryId()));

        assertThat(kafka.readAll(Topics.TRAJECTORY_PUBLIC, r -> opened.publicId().equals(r.key()), Duration.ofSeconds(2)))
                .isEmpty();
    }

    @Test
    void closingAndReopeningAreAnnouncedInternallyToo() {
        TrajectoryFixtures.Opened opened = fixtures.openWithPeer(true);
        opened.step("""
                {"type": "CLOSED", "closeReason": "NOT_REACHABLE"}""").then().statusCode(201);
        opened.step("""
                {"type": "REOPENED", "reason": "belde zelf terug"}""").then().statusCode(201);

        List<ConsumerRecord<String, String>> internal = kafka.awaitRecords(Topics.TRAJECTORY_INTERNAL,
                r -> opened.publicId().equals(r.key()), 3);
        internal.forEach(r -> EventSchemas.assertConforms(r.value()));
        assertThat(internal.get(1).value()).contains("\"stepType\":\"CLOSED\"", "\"outcome\":\"NOT_REACHABLE\"",
                "\"state\":\"CLOSED\"");
        assertThat(internal.get(2).value()).contains("\"stepType\":\"REOPENED\"", "\"state\":\"IN_FOLLOW_UP\"")
                .doesNotContain("belde zelf");
    }

    @Test
    void aReferralToAContactGroupNamesTheGroupByIdAndAGroupIdBelongsOnlyToSuchAReferral() {
        TrajectoryFixtures.Opened opened = fixtures.openWithPeer(false);

        opened.step("""
                {"type": "REFERRED_ON", "options": ["CONTACT_GROUP"], "referredTo": "Contactgroep Mol"}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("contactGroupId"));
        opened.step("""
                {"type": "BEDSIDE_VISIT", "visitOutcome": "DONE", "contactGroupId": "%s"}""".formatted(GROUP))
                .then().statusCode(400).body("violations.field", hasItem("contactGroupId"));
        opened.step("""
                {"type": "REFERRED_ON", "options": ["CAW"], "contactGroupId": "%s"}""".formatted(GROUP))
                .then().statusCode(400).body("violations.field", hasItem("options"));

        // Only the page acknowledgement's step was announced: the refused steps changed nothing.
        assertThat(kafka.readAll(Topics.TRAJECTORY_INTERNAL, r -> opened.publicId().equals(r.key()), Duration.ofSeconds(2)))
                .hasSize(1);
    }
}
