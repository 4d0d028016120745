package be.koepel.volunteer.matching;

import static be.koepel.volunteer.Fixtures.freshHospital;
import static be.koepel.volunteer.Fixtures.putOnCall;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static be.koepel.volunteer.Fixtures.registerVolunteerServing;
import static be.koepel.volunteer.Fixtures.sharedSchedule;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import be.koepel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ER referrals arrive on the real topic; ranked proposals (v2) are read back from the real topic. */
@QuarkusTest
class ErReferralMatchingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENING = "2026-11-24T21:00:00+01:00";

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
    void anErReferralProposesTheOnCallVolunteerThenTheBackupsRankedAndExplainedWithWhatPagingNeeds() throws Exception {
        String hospital = freshHospital();
        UUID backup = registerVolunteer("Backup", "fr", "nl");
        UUID primary = registerVolunteer("Primary", "nl", "en");
        UUID offDuty = registerVolunteer("Off duty", "nl");
        UUID frenchOnly = registerVolunteer("French only", "fr");
        putOnCall(backup, hospital, "2026-11-24T18:00:00+01:00", "2026-11-25T08:00:00+01:00", 2);
        putOnCall(primary, hospital, "2026-11-24T18:00:00+01:00", "2026-11-25T08:00:00+01:00", 1);
        putOnCall(frenchOnly, hospital, "2026-11-24T18:00:00+01:00", "2026-11-25T08:00:00+01:00", 3);
        putOnCall(offDuty, hospital, "2026-11-24T08:00:00+01:00", "2026-11-24T18:00:00+01:00", 1);
        String coordinator = coordinatorOnDutyNow();
        UUID referral = UUID.randomUUID();

        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), erReferral(UUID.randomUUID(), referral, hospital, EVENING));

        ConsumerRecord<String, String> record = awaitProposal(referral);
        EventSchemas.assertConforms(record.value());
        JsonNode event = JSON.readTree(record.value());
        assertEquals(EventTypes.PEER_CANDIDATES_PROPOSED_V2, event.get("type").asText());
        assertEquals(referral.toString(), event.get("subject").asText());
        JsonNode data = event.get("data");
        assertEquals(referral.toString(), data.get("referralId").asText());
        assertEquals("URGENT", data.get("urgency").asText());
        assertEquals("ER", data.get("channel").asText());
        assertEquals(hospital, data.at("/referringOrganisation/id").asText());
        assertEquals("Box 4", data.at("/erLocation/room").asText());
        assertEquals("nl", data.get("language").asText());
        assertEquals("+3214123456", data.at("/callBack/phone").asText());
        assertEquals(coordinator, data.get("coordinatorOnDutyId").asText());
        // The French-only backup cannot talk with a Dutch-speaking person as well, but an ER referral does not
        // wait for that: proposed still, and the language factor says why it counts for nothing.
        assertEquals(List.of(primary.toString(), backup.toString(), frenchOnly.toString()),
                texts(data.get("candidates"), "volunteerId"));
        assertEquals(List.of("1", "2", "3"), texts(data.get("candidates"), "rank"));
        assertEquals(List.of("ON_CALL", "BACKUP", "BACKUP"), texts(data.get("candidates"), "tier"));
        JsonNode factors = data.at("/candidates/0/factors");
        assertEquals(7, factors.size());
        assertEquals("LANGUAGE", factors.get(0).get("name").asText());
        assertEquals("speaks nl, as the person does", factors.get(0).get("explanation").asText());
        JsonNode french = data.at("/candidates/2/factors/0");
        assertEquals(0.0, french.get("value").asDouble());
        assertTrue(french.get("explanation").asText().startsWith("does not speak nl"));
    }

    @Test
    void anErReferralAtAHospitalOnASharedSchedulePagesThePeerOnCallThereAfterTheHospitalsOwnPeer() throws Exception {
        String herentals = freshHospital();
        String mol = freshHospital();
        UUID own = registerVolunteerServing("Own", herentals);
        UUID night = registerVolunteerServing("Night", herentals, mol);
        UUID kempen = sharedSchedule("Kempen-Zuid nacht", herentals, mol);
        putOnCall(night, kempen, "2026-11-24T20:00:00+01:00", "2026-11-25T08:00:00+01:00", 1);
        putOnCall(own, herentals, "2026-11-24T18:00:00+01:00", "2026-11-24T22:00:00+01:00", 1);
        UUID atMol = UUID.randomUUID();
        UUID atHerentals = UUID.randomUUID();

        kafka.send(Topics.REFERRAL_EVENTS, atMol.toString(), erReferral(UUID.randomUUID(), atMol, mol, EVENING));
        kafka.send(Topics.REFERRAL_EVENTS, atHerentals.toString(),
                erReferral(UUID.randomUUID(), atHerentals, herentals, EVENING));

        JsonNode molProposal = JSON.readTree(awaitProposal(atMol).value()).get("data");
        assertEquals(List.of(night.toString()), texts(molProposal.get("candidates"), "volunteerId"));
        assertEquals(List.of("ON_CALL"), texts(molProposal.get("candidates"), "tier"));
        JsonNode herentalsProposal = JSON.readTree(awaitProposal(atHerentals).value()).get("data");
        assertEquals(List.of(own.toString(), night.toString()), texts(herentalsProposal.get("candidates"), "volunteerId"));
        assertEquals(List.of("ON_CALL", "BACKUP"), texts(herentalsProposal.get("candidates"), "tier"));
    }

    @Test
    void whenNobodyIsOnCallAnEmptyProposalIsStillPublishedSoTheCoordinatorIsPaged() throws Exception {
        UUID referral = UUID.randomUUID();

        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(),
                erReferral(UUID.randomUUID(), referral, freshHospital(), EVENING));

        ConsumerRecord<String, String> record = awaitProposal(referral);
        EventSchemas.assertConforms(record.value());
        assertEquals(0, JSON.readTree(record.value()).at("/data/candidates").size());
    }

    @Test
    void theSameReferralEventDeliveredTwiceIsProposedOnce() {
        String hospital = freshHospital();
        UUID primary = registerVolunteer("Primary", "nl");
        putOnCall(primary, hospital, "2026-11-24T18:00:00+01:00", "2026-11-25T08:00:00+01:00", 1);
        UUID referral = UUID.randomUUID();
        String event = erReferral(UUID.randomUUID(), referral, hospital, EVENING);

        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), event);
        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), event);

        awaitProposal(referral);
        // The second delivery is processed right after the first on the same partition; a few seconds cover it.
        assertEquals(1, kafka.readAll(Topics.MATCHING_EVENTS, r -> referral.toString().equals(r.key()),
                Duration.ofSeconds(4)).size());
    }

    @Test
    void aMalformedRecordIsParkedOnTheDeadLetterTopicAndTheNextEventWithTheSameKeyIsStillProcessed() {
        UUID referral = UUID.randomUUID();

        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), "{\"specversion\": \"1.0\", \"id\": \"not-a-uuid\"");
        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(),
                erReferral(UUID.randomUUID(), referral, freshHospital(), EVENING));

        ConsumerRecord<String, String> parked = kafka.awaitRecord(Topics.deadLetter(Topics.REFERRAL_EVENTS),
                r -> referral.toString().equals(r.key()));
        assertTrue(parked.value().contains("not-a-uuid"));
        assertNotNull(KafkaTestClient.header(parked, "dead-letter-reason"), "the reason travels in the headers");
        awaitProposal(referral);
    }

    @Test
    void anEventWhoseDataIsNotAReferralIsParkedOnTheDeadLetterTopic() {
        UUID referral = UUID.randomUUID();
        ObjectNode event = envelope(UUID.randomUUID(), referral);
        event.putObject("data").put("urgency", "URGENT");

        kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), event.toString());

        kafka.awaitRecord(Topics.deadLetter(Topics.REFERRAL_EVENTS), r -> referral.toString().equals(r.key()));
    }

    /** The coordinator on duty now; one is scheduled around now when nobody is. */
    private static String coordinatorOnDutyNow() {
        String current = given().auth().oauth2(Tokens.coordinator())
                .when().get("/api/coordinator-duty/on-duty")
                .then().statusCode(200).extract().path("coordinator.coordinatorId");
        if (current != null) {
            return current;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        given().auth().oauth2(Tokens.coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("coordinatorId", "coordinator-now", "displayName", "Now", "phone", "+32470999999",
                        "startsAt", now.minusHours(1).toString(), "endsAt", now.plusHours(2).toString()))
                .when().post("/api/coordinator-duty")
                .then().statusCode(201);
        return "coordinator-now";
    }

    private ConsumerRecord<String, String> awaitProposal(UUID referral) {
        return kafka.awaitRecord(Topics.MATCHING_EVENTS, r -> referral.toString().equals(r.key()));
    }

    /** A referral.received.v1 as referral-service publishes it; checked against its own contract first. */
    private static String erReferral(UUID eventId, UUID referral, String hospital, String receivedAt) {
        ObjectNode event = envelope(eventId, referral);
        ObjectNode data = event.putObject("data");
        data.put("referralId", referral.toString());
        data.put("channel", "ER");
        data.put("urgency", "URGENT");
        data.putObject("referringOrganisation").put("id", hospital).put("name", "AZ Test").put("type", "HOSPITAL");
        data.putObject("erLocation").put("department", "Spoed").put("room", "Box 4");
        data.put("language", "nl");
        data.put("receivedAt", receivedAt);
        data.putObject("callBack").put("function", "ER nurse").put("phone", "+3214123456");
        EventSchemas.assertConforms(event.toString());
        return event.toString();
    }

    private static ObjectNode envelope(UUID eventId, UUID referral) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", eventId.toString());
        event.put("source", "koepel/referral-service");
        event.put("type", EventTypes.REFERRAL_RECEIVED);
        event.put("subject", referral.toString());
        event.put("time", "2026-11-24T20:00:05Z");
        event.put("datacontenttype", "application/json");
        return event;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(field == null ? node.asText() : node.get(field).asText()));
        return texts;
    }
}
