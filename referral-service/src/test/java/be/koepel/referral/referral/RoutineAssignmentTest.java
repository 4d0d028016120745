package be.koepel.referral.referral;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.referrer;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.matching.PeerAssigned;
import be.koepel.contracts.matching.PeerCandidatesProposed;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.UniqueDigits;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutineAssignmentTest {

    private static final String GP = "huisartsen-kasterlee";

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
    void aCoordinatorsAssignmentDeliveredTwiceGivesTheRoutineReferralItsPeerOnceWhoThenReadsTheContactData() {
        UUID referralId = postGpReferral();
        UUID peer = UUID.randomUUID();
        String assigned = assignment(referralId, peer, "coordinator-an");

        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), assigned);
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), assigned);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(volunteer(peer))
                .when().get("/api/referrals/" + referralId)
                .then().statusCode(200)
                .body("status", equalTo("PEER_ASSIGNED"))
                .body("person.firstName", equalTo("Mieke"))
                .body("person.familyContacts[0].name", equalTo("Pieter")));
        String trajectoryId = given().auth().oauth2(coordinator()).when().get("/api/referrals/" + referralId)
                .then().extract().path("trajectoryId");
        await().atMost(Duration.ofSeconds(10)).until(() -> timesProcessed(codec.decode(assigned).id()) == 1);
        given().auth().oauth2(coordinator()).when().get("/api/trajectories/" + trajectoryId)
                .then().statusCode(200)
                .body("state", equalTo("PEER_ASSIGNED"))
                .body("assignedVolunteerId", equalTo(peer.toString()))
                .body("steps.type", contains("PEER_ASSIGNED"))
                .body("steps[0].recordedBy", equalTo("coordinator:coordinator-an"))
                .body("steps[0].recordedRole", equalTo("routine-assignment"));
    }

    @Test
    void candidateProposalsOnTheSameTopicAreSkippedAndAMalformedAssignmentIsParkedWithItsReason() {
        UUID referralId = postGpReferral();
        String key = referralId.toString();
        PeerCandidatesProposed proposed = new PeerCandidatesProposed(referralId, "ROUTINE", null, null, "nl", List.of(),
                Instant.now());
        kafka.send(Topics.MATCHING_EVENTS, key, codec.encode(codec.wrap("koepel/volunteer-service",
                EventTypes.PEER_CANDIDATES_PROPOSED, key, proposed)));
        String withoutPeer = codec.encode(codec.wrap("koepel/volunteer-service", EventTypes.PEER_ASSIGNED, key,
                new PeerAssigned(referralId, null, "GP", null, PeerAssigned.AUTO, Instant.now())));
        kafka.send(Topics.MATCHING_EVENTS, key, withoutPeer);
        UUID peer = UUID.randomUUID();
        kafka.send(Topics.MATCHING_EVENTS, key, assignment(referralId, peer, PeerAssigned.AUTO));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get("/api/referrals/" + referralId)
                .then().statusCode(200).body("assignedPeer.volunteerId", equalTo(peer.toString())));
        ConsumerRecord<String, String> parked = kafka.awaitRecord(Topics.deadLetter(Topics.MATCHING_EVENTS),
                r -> key.equals(r.key()));
        assertThat(parked.value()).isEqualTo(withoutPeer);
        assertThat(KafkaTestClient.header(parked, "dead-letter-reason")).contains("volunteerId");
    }

    private UUID postGpReferral() {
        String location = given().auth().oauth2(referrer(GP, "GP")).contentType(ContentType.JSON)
                .body("""
                        {"channel": "GP",
                         "referrer": {"name": "Dr. Peeters", "function": "huisarts", "phone": "014 55 66 77"},
                         "person": {"firstName": "Mieke", "phone": "+32 471 %d", "language": "nl"},
                         "familyInvolvement": {"contacts": [{"name": "Pieter", "relation": "broer", "phone": "+32 472 11 22 33"}]},
                         "consent": {"contactByPeer": true}}""".formatted(UniqueDigits.next()))
                .when().post("/api/referrals").then().statusCode(201)
                .body("assignedPeer", nullValue())
                .extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private String assignment(UUID referralId, UUID volunteerId, String by) {
        PeerAssigned data = new PeerAssigned(referralId, volunteerId, "GP",
                new be.koepel.contracts.referral.ReferringOrganisation(GP, "Huisartsenpraktijk Kasterlee", "GP"), by,
                Instant.now());
        return codec.encode(codec.wrap("koepel/volunteer-service", EventTypes.PEER_ASSIGNED, referralId.toString(), data));
    }

    private static long timesProcessed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager()
                .createNativeQuery("select count(*) from processed_event where event_id = cast(:id as uuid)")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}
