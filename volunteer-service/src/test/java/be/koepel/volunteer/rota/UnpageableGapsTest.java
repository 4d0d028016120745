package be.koepel.volunteer.rota;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Fixtures.freshHospital;
import static be.koepel.volunteer.Fixtures.putOnCall;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static be.koepel.volunteer.Fixtures.registerVolunteerServing;
import static be.koepel.volunteer.Fixtures.sharedSchedule;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import be.koepel.contracts.Topics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.volunteer.Events;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gaps where someone is on call but nobody can be paged, judged as the on-call answer judges them, through the
 * coordinators' endpoint and the real topic.
 */
@QuarkusTest
class UnpageableGapsTest {

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
    void aNightWhoseOnlyVolunteerIsPausedIsAGapUntilThePauseEndsAndItsEventDoesNotSayWhy() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        putOnCall(anna, hospital, "2027-05-10T20:00:00+02:00", "2027-05-11T08:00:00+02:00", 1);
        pause(anna, "2027-05-10");

        gaps(hospital, "2027-05-10T12:00:00+02:00")
                .body("startsAt", contains("2027-05-10T00:00:00+02:00", "2027-05-10T20:00:00+02:00",
                        "2027-05-11T08:00:00+02:00"))
                .body("endsAt", contains("2027-05-10T20:00:00+02:00", "2027-05-11T00:00:00+02:00",
                        "2027-05-24T00:00:00+02:00"))
                .body("kind", contains("NOBODY_SCHEDULED", "NOBODY_PAGEABLE", "NOBODY_SCHEDULED"))
                .body("[0].unpageable", empty())
                .body("[1].unpageable.volunteerId", contains(anna.toString()))
                .body("[1].unpageable[0].scheduleName", org.hamcrest.Matchers.equalTo(hospital))
                .body("[1].unpageable[0].reasons", contains("paused until 2027-05-10"));

        gaps.scan(Instant.parse("2027-05-10T10:00:00Z"));
        String schedule = Schedule.of(hospital).id().toString();
        List<ConsumerRecord<String, String>> announced = kafka.readAll(Topics.VOLUNTEER_EVENTS,
                r -> schedule.equals(r.key()) && r.value().contains("\"gapStartsAt\":\"2027-05-10T18:00:00Z\""),
                Duration.ofSeconds(3));
        assertEquals(1, announced.size(), "the paused night is announced as a gap");
        EventSchemas.assertConforms(announced.get(0).value());
        JsonNode gap = Events.read(announced.get(0).value()).get("data");
        assertEquals("2027-05-10T22:00:00Z", gap.get("gapEndsAt").asText());
        // volunteer.events.v1 reaches more than coordinators: a volunteer's pause is not in it.
        assertFalse(announced.get(0).value().contains("paused"), announced.get(0).value());
        assertFalse(announced.get(0).value().contains(anna.toString()), announced.get(0).value());
    }

    @Test
    void aTrainingTheHospitalRequiresThatLapsesDuringAShiftStartsAGapAtTheDayItExpires() {
        // az-trained requires motivational interviewing and its own induction (application.properties, %test);
        // its rota is shared by tests, so this one stays in a week nobody else uses.
        String hospital = "az-trained";
        UUID anna = registerVolunteer("Anna", "nl");
        putOnCall(anna, hospital, "2032-02-03T08:00:00+01:00", "2032-02-06T08:00:00+01:00", 1);
        training(anna, "MOTIVATIONAL_INTERVIEWING", null, "2031-01-01", "2035-01-01");
        // Valid up to the day before it expires: from 5 February 2032, 00:00 local time, Anna cannot be paged.
        training(anna, "HOSPITAL_INDUCTION", hospital, "2031-01-01", "2032-02-05");

        gaps(hospital, "2032-02-02T12:00:00+01:00")
                .body("startsAt", contains("2032-02-02T00:00:00+01:00", "2032-02-05T00:00:00+01:00",
                        "2032-02-06T08:00:00+01:00"))
                .body("endsAt", contains("2032-02-03T08:00:00+01:00", "2032-02-06T08:00:00+01:00",
                        "2032-02-16T00:00:00+01:00"))
                .body("kind", contains("NOBODY_SCHEDULED", "NOBODY_PAGEABLE", "NOBODY_SCHEDULED"))
                .body("[1].unpageable.volunteerId", hasItem(anna.toString()))
                .body("[1].unpageable.reasons", hasItem(List.of("no valid HOSPITAL_INDUCTION for az-trained")));
    }

    @Test
    void thePartOfAPausedVolunteersNightThatAPageableOverrideCoversIsNoGap() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        putOnCall(anna, hospital, "2027-06-01T20:00:00+02:00", "2027-06-02T08:00:00+02:00", 1);
        pause(anna, "2099-12-31");
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "replacedVolunteerId", anna.toString(),
                        "volunteerId", bart.toString(), "startsAt", "2027-06-01T20:00:00+02:00",
                        "endsAt", "2027-06-02T02:00:00+02:00"))
                .when().post("/api/rota/overrides")
                .then().statusCode(201);

        gaps(hospital, "2027-06-01T12:00:00+02:00")
                .body("startsAt", contains("2027-06-01T00:00:00+02:00", "2027-06-02T02:00:00+02:00",
                        "2027-06-02T08:00:00+02:00"))
                .body("endsAt", contains("2027-06-01T20:00:00+02:00", "2027-06-02T08:00:00+02:00",
                        "2027-06-15T00:00:00+02:00"))
                .body("kind", contains("NOBODY_SCHEDULED", "NOBODY_PAGEABLE", "NOBODY_SCHEDULED"))
                .body("[1].unpageable.volunteerId", contains(anna.toString()));
    }

    @Test
    void aHospitalWhoseOwnVolunteerIsPausedIsCoveredByItsSharedSchedulesPeerAndHasAGapOnTheSharedOneWhenThereIsNone() {
        String herentals = freshHospital();
        String mol = freshHospital();
        UUID anna = registerVolunteerServing("Anna", herentals);
        UUID bart = registerVolunteerServing("Bart", herentals, mol);
        UUID kempen = sharedSchedule("Kempen-Zuid nacht", herentals, mol);
        putOnCall(anna, herentals, "2027-07-05T20:00:00+02:00", "2027-07-06T08:00:00+02:00", 1);
        putOnCall(bart, kempen, "2027-07-05T20:00:00+02:00", "2027-07-06T02:00:00+02:00", 1);
        pause(anna, "2099-12-31");

        gaps(herentals, "2027-07-05T12:00:00+02:00")
                .body("scheduleId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(kempen.toString())))
                .body("startsAt", contains("2027-07-05T00:00:00+02:00", "2027-07-06T02:00:00+02:00",
                        "2027-07-06T08:00:00+02:00"))
                .body("endsAt", contains("2027-07-05T20:00:00+02:00", "2027-07-06T08:00:00+02:00",
                        "2027-07-19T00:00:00+02:00"))
                .body("kind", contains("NOBODY_SCHEDULED", "NOBODY_PAGEABLE", "NOBODY_SCHEDULED"))
                .body("[1].hospitals", contains(herentals))
                .body("[1].unpageable.volunteerId", contains(anna.toString()))
                .body("[1].unpageable[0].scheduleName", org.hamcrest.Matchers.equalTo(herentals))
                .body("[1].unpageable[0].reasons", contains("paused until 2099-12-31"));
    }

    private static ValidatableResponse gaps(String hospital, String from) {
        return given().auth().oauth2(coordinator())
                .queryParam("from", from).queryParam("hospital", hospital)
                .when().get("/api/schedules/gaps")
                .then().statusCode(200);
    }

    private static void pause(UUID volunteer, String until) {
        given().auth().oauth2(volunteer(volunteer))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PAUSED", "pausedUntil", until))
                .when().put("/api/volunteers/" + volunteer + "/status")
                .then().statusCode(200);
    }

    private static void training(UUID volunteer, String type, String hospital, String completedOn, String expiresOn) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "completedOn", completedOn,
                "expiresOn", expiresOn));
        if (hospital != null) {
            body.put("hospitalId", hospital);
        }
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/volunteers/" + volunteer + "/trainings")
                .then().statusCode(201);
    }
}
