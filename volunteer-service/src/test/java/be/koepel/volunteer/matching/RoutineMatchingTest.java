package be.koepel.volunteer.matching;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Events.texts;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.volunteer.Events;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routine referrals (referral.received.v2) arrive on the real topic; coordinators see their explained matches
 * and assign one. Each test speaks its own rare language, so the hard language filter keeps other tests'
 * volunteers out of its pool.
 */
@QuarkusTest
class RoutineMatchingTest {

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
    void aRoutineReferralIsProposedFromThePoolRankedByFitAndTheMatchesExplainWhy() {
        UUID an = registerVolunteer(Map.of("displayName", "An", "languages", List.of("kl"), "gender", "FEMALE",
                "ageBand", "25-34", "livedExperience", List.of("ALCOHOL"), "municipalities", List.of("Geel")));
        UUID bart = registerVolunteer(Map.of("displayName", "Bart", "languages", List.of("kl"), "gender", "MALE",
                "ageBand", "25-34", "livedExperience", List.of("ALCOHOL"), "municipalities", List.of("Geel")));
        UUID chris = registerVolunteer(Map.of("displayName", "Chris", "languages", List.of("kl"), "gender", "FEMALE",
                "ageBand", "65+", "municipalities", List.of("Mol")));
        UUID paused = registerVolunteer(Map.of("displayName", "Paused", "languages", List.of("kl"),
                "status", "CANDIDATE"));
        UUID referral = UUID.randomUUID();

        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), routineReferral(referral, "kl"));

        ConsumerRecord<String, String> record = awaitOnMatching(referral, EventTypes.PEER_CANDIDATES_PROPOSED_V2);
        EventSchemas.assertConforms(record.value());
        JsonNode data = Events.read(record.value()).get("data");
        assertEquals("ROUTINE", data.get("urgency").asText());
        assertEquals("GP", data.get("channel").asText());
        assertEquals(List.of(an.toString(), bart.toString(), chris.toString()),
                texts(data.get("candidates"), "volunteerId"));
        assertEquals(List.of("POOL", "POOL", "POOL"), texts(data.get("candidates"), "tier"));

        given().auth().oauth2(coordinator())
                .when().get("/api/referrals/{id}/matches", referral)
                .then().statusCode(200)
                .body("assignment", nullValue())
                .body("candidates.displayName", contains("An", "Bart", "Chris"))
                .body("candidates[0].score", equalTo(8.0f))
                .body("candidates[1].factors.find { it.name == 'GENDER_PREFERENCE' }.explanation",
                        equalTo("is male; the person prefers a female peer"))
                .body("candidates[2].factors.find { it.name == 'LIVED_EXPERIENCE' }.explanation",
                        equalTo("no lived experience of alcohol"))
                .body("excluded.volunteerId", org.hamcrest.Matchers.not(hasItem(paused.toString())));
    }

    @Test
    void aCoordinatorAssignsAMatchWhichIsAnnouncedOnceAndAddsToTheVolunteersLoad() {
        UUID els = registerVolunteer(Map.of("displayName", "Els", "languages", List.of("se")));
        UUID referral = UUID.randomUUID();
        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), routineReferral(referral, "se"));
        awaitOnMatching(referral, EventTypes.PEER_CANDIDATES_PROPOSED_V2);

        assign(referral, els).statusCode(200)
                .body("volunteerId", equalTo(els.toString()))
                .body("assignedBy", equalTo("coordinator"));

        ConsumerRecord<String, String> record = awaitOnMatching(referral, EventTypes.PEER_ASSIGNED);
        EventSchemas.assertConforms(record.value());
        JsonNode data = Events.read(record.value()).get("data");
        assertEquals(els.toString(), data.get("volunteerId").asText());
        assertEquals("huisarts-kempen", data.at("/referringOrganisation/id").asText());
        given().auth().oauth2(volunteer(els)).when().get("/api/volunteers/{id}/load", els)
                .then().statusCode(200).body("activeTrajectories", equalTo(1)).body("recentAssignments", equalTo(1));
        given().auth().oauth2(coordinator()).when().get("/api/referrals/{id}/matches", referral)
                .then().statusCode(200).body("assignment.volunteerId", equalTo(els.toString()))
                .body("candidates[0].factors.find { it.name == 'LOAD' }.explanation",
                        equalTo("guides 1 of at most 3 trajectories"));

        assign(referral, els).statusCode(409);
        assertEquals(1, kafka.readAll(Topics.MATCHING_EVENTS, r -> referral.toString().equals(r.key())
                && r.value().contains(EventTypes.PEER_ASSIGNED), Duration.ofSeconds(2)).size());
    }

    @Test
    void aBadAssignmentIsRefusedWithTheProblemNamedAndAssignsNobody() {
        UUID els = registerVolunteer(Map.of("displayName", "Els", "languages", List.of("ty")));
        UUID candidate = registerVolunteer(Map.of("displayName", "Not yet", "languages", List.of("ty"),
                "status", "CANDIDATE"));
        UUID referral = UUID.randomUUID();
        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), routineReferral(referral, "ty"));
        awaitOnMatching(referral, EventTypes.PEER_CANDIDATES_PROPOSED_V2);

        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/referrals/{id}/assign", referral)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("volunteerId")));
        assign(referral, UUID.randomUUID()).statusCode(400)
                .body("violations[0].field", equalTo("volunteerId"))
                .body("violations[0].message", equalTo("is not a volunteer in the pool"));
        assign(referral, candidate).statusCode(400)
                .body("violations[0].message", equalTo("is CANDIDATE, not ACTIVE"));
        assign(UUID.randomUUID(), els).statusCode(404);
        given().auth().oauth2(volunteer(els)).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", els.toString()))
                .when().post("/api/referrals/{id}/assign", referral)
                .then().statusCode(403);
        given().auth().oauth2(volunteer(els)).when().get("/api/referrals/{id}/matches", referral)
                .then().statusCode(403);

        given().auth().oauth2(coordinator()).when().get("/api/referrals/{id}/matches", referral)
                .then().statusCode(200).body("assignment", nullValue());
    }

    @Test
    void theSameRoutineReferralDeliveredTwiceIsProposedOnce() {
        UUID referral = UUID.randomUUID();
        String event = routineReferral(referral, "nl");

        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), event);
        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), event);

        awaitOnMatching(referral, EventTypes.PEER_CANDIDATES_PROPOSED_V2);
        assertEquals(1, kafka.readAll(Topics.MATCHING_EVENTS, r -> referral.toString().equals(r.key()),
                Duration.ofSeconds(4)).size());
    }

    @Test
    void withTheConfiguredWeightsAPreferredGenderOutweighsSharedLivedExperience() {
        // ConfiguredWeightsTest proposes the same pair with lived experience weighed 3.0 and sees the order flip.
        ConfiguredWeightsTest.Pair pair =
                ConfiguredWeightsTest.proposeToAWomanWithoutAndAManWithSharedExperience(bootstrapServers, "ie");

        assertEquals(List.of(pair.woman().toString(), pair.man().toString()), pair.proposed());
        // Woman: 1 + 2 + 1.5 x 0 + 0.5 + 1 + 1 + 1; man: 1 + 0 + 1.5 x 1 + 0.5 + 1 + 1 + 1.
        ConfiguredWeightsTest.matches(pair.referral())
                .body("candidates.volunteerId", contains(pair.woman().toString(), pair.man().toString()))
                .body("candidates.score", contains(6.5f, 6.0f))
                .body("candidates[1].factors.find { it.name == 'LIVED_EXPERIENCE' }.weight", equalTo(1.5f));
    }

    private static io.restassured.response.ValidatableResponse assign(UUID referral, UUID volunteerId) {
        return given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteerId.toString()))
                .when().post("/api/referrals/{id}/assign", referral)
                .then();
    }

    private ConsumerRecord<String, String> awaitOnMatching(UUID referral, String type) {
        return kafka.awaitRecord(Topics.MATCHING_EVENTS,
                r -> referral.toString().equals(r.key()) && type.equals(Events.read(r.value()).get("type").asText()));
    }

    /** A GP's referral for a woman of 25-34 in Geel who drinks and prefers a female peer. */
    static String routineReferral(UUID referral, String language) {
        ObjectNode data = Events.data();
        data.put("referralId", referral.toString());
        data.put("channel", "GP");
        data.put("urgency", "ROUTINE");
        data.putObject("referringOrganisation").put("id", "huisarts-kempen").put("name", "Huisarts Kempen")
                .put("type", "GP");
        data.put("language", language);
        data.put("preferredPeerGender", "FEMALE");
        data.put("ageBand", "25-34");
        data.put("municipality", "Geel");
        data.putArray("substances").add("ALCOHOL");
        data.put("receivedAt", "2026-11-24T10:00:00Z");
        return Events.event("koepel/referral-service", EventTypes.REFERRAL_RECEIVED_V2, referral.toString(), data);
    }
}
