package be.koepel.volunteer.rota;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Fixtures.freshHospital;
import static be.koepel.volunteer.Fixtures.putOnCall;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.volunteer.Events;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gaps in the rota and shift announcements, through the API and the real topic. */
@QuarkusTest
class GapsAndShiftsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    RotaGaps gaps;

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
    void aGapAcrossTheSpringForwardChangeIsListedInLocalTimeAndAnnouncedOnceHoweverOftenTheRotaIsScanned() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        putOnCall(anna, hospital, "2027-03-20T08:00:00+01:00", "2027-03-27T08:00:00+01:00", 1);
        rotation(hospital, "2027-03-29", bart);

        given().auth().oauth2(coordinator())
                .queryParam("from", "2027-03-20T12:00:00+01:00").queryParam("hospital", hospital)
                .when().get("/api/schedules/gaps")
                .then().statusCode(200)
                .body("startsAt", contains("2027-03-20T00:00:00+01:00", "2027-03-27T08:00:00+01:00"))
                .body("endsAt", contains("2027-03-20T08:00:00+01:00", "2027-03-29T08:00:00+02:00"))
                .body("scheduleName", contains(hospital, hospital));

        Instant scanAt = Instant.parse("2027-03-20T11:00:00Z");
        assertTrue(gaps.scan(scanAt) >= 2, "both gaps are new");
        gaps.scan(scanAt.plus(Duration.ofHours(1)));

        String schedule = Schedule.of(hospital).id().toString();
        List<ConsumerRecord<String, String>> announced = kafka.readAll(Topics.VOLUNTEER_EVENTS,
                r -> schedule.equals(r.key()) && r.value().contains("2027-03-2"), Duration.ofSeconds(3));
        assertEquals(2, announced.size(), "each gap once");
        announced.forEach(r -> EventSchemas.assertConforms(r.value()));
        JsonNode gap = Events.read(announced.get(1).value()).get("data");
        assertEquals(EventTypes.ROTA_GAP_DETECTED, Events.read(announced.get(1).value()).get("type").asText());
        assertEquals("2027-03-27T07:00:00Z", gap.get("gapStartsAt").asText());
        assertEquals("2027-03-29T06:00:00Z", gap.get("gapEndsAt").asText());
        assertEquals(List.of(hospital), Events.texts(gap.get("hospitals"), null));
    }

    @Test
    void onlyCoordinatorsSeeGapsAndABadFromIsRefused() {
        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get("/api/schedules/gaps").then().statusCode(403);
        given().auth().oauth2(coordinator()).queryParam("from", "next monday").when().get("/api/schedules/gaps")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("from"));
    }

    @Test
    void aNewRotationOverrideAndApprovedSwapEachTellTheVolunteersWhoseShiftsChanged() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        UUID chris = registerVolunteer("Chris", "nl");
        LocalDate tomorrow = LocalDate.now(Rota.REGION).plusDays(1);

        rotation(hospital, tomorrow.toString(), anna, bart);

        JsonNode annas = shiftsChanged(anna, "ROTATION_CHANGED");
        // Daily turns from tomorrow for 14 days: Anna on the 1st, 3rd, … 13th.
        assertEquals(7, annas.get("shifts").size());
        assertEquals(tomorrow.atTime(8, 0).atZone(Rota.REGION).toInstant().toString(),
                annas.at("/shifts/0/startsAt").asText());
        assertEquals(hospital, annas.at("/shifts/0/scheduleName").asText());
        assertEquals(7, shiftsChanged(bart, "ROTATION_CHANGED").get("shifts").size());

        String evening = tomorrow.atTime(20, 0).atZone(Rota.REGION).toOffsetDateTime().toString();
        String morning = tomorrow.plusDays(1).atTime(8, 0).atZone(Rota.REGION).toOffsetDateTime().toString();
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "replacedVolunteerId", anna.toString(),
                        "volunteerId", chris.toString(), "startsAt", evening, "endsAt", morning))
                .when().post("/api/rota/overrides").then().statusCode(201);

        assertEquals(tomorrow.atTime(20, 0).atZone(Rota.REGION).toInstant().toString(),
                shiftsChanged(anna, "OVERRIDE").at("/shifts/0/endsAt").asText());
        assertEquals(1, shiftsChanged(chris, "OVERRIDE").get("shifts").size());
        assertEquals(0, kafka.readAll(Topics.VOLUNTEER_EVENTS, r -> bart.toString().equals(r.key())
                && r.value().contains("\"OVERRIDE\""), Duration.ofSeconds(2)).size(), "Bart's shifts did not change");

        String swap = given().auth().oauth2(volunteer(bart)).contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "requesterId", bart.toString(), "counterpartId", chris.toString(),
                        "startsAt", morning, "endsAt",
                        tomorrow.plusDays(2).atTime(8, 0).atZone(Rota.REGION).toOffsetDateTime().toString()))
                .when().post("/api/rota/swaps").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coordinator()).when().post("/api/rota/swaps/" + swap + "/approve")
                .then().statusCode(200);

        assertEquals(6, shiftsChanged(bart, "SWAP_APPROVED").get("shifts").size());
        // Chris now covers from tomorrow evening until the morning after next, in one go.
        JsonNode chrises = shiftsChanged(chris, "SWAP_APPROVED");
        assertEquals(1, chrises.get("shifts").size());
        assertEquals(tomorrow.plusDays(2).atTime(8, 0).atZone(Rota.REGION).toInstant().toString(),
                chrises.at("/shifts/0/endsAt").asText());
    }

    private JsonNode shiftsChanged(UUID volunteer, String reason) {
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.VOLUNTEER_EVENTS,
                r -> volunteer.toString().equals(r.key()) && r.value().contains(EventTypes.SHIFTS_CHANGED)
                        && r.value().contains("\"" + reason + "\""));
        EventSchemas.assertConforms(record.value());
        return Events.read(record.value()).get("data");
    }

    private static void rotation(String hospital, String firstHandOff, UUID... participants) {
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "name", "Daily", "kind", "DAILY", "handOffTime", "08:00",
                        "firstHandOff", firstHandOff, "rank", 1,
                        "participants", java.util.Arrays.stream(participants).map(UUID::toString).toList()))
                .when().post("/api/rota/rotations")
                .then().statusCode(201);
    }
}
