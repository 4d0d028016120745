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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Schedules shared by several hospitals, through the API, against the real database and topic. */
@QuarkusTest
class SharedScheduleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    RotaGaps gaps;

    @Inject
    DataSource dataSource;

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
    void bothHospitalsOfASharedScheduleGetItsRotationAndItHandsOffAtEightLocalTimeOnTheSpringForwardDay() {
        String herentals = freshHospital();
        String mol = freshHospital();
        UUID anna = registerVolunteerServing("Anna", herentals, mol);
        UUID bart = registerVolunteerServing("Bart", herentals, mol);
        UUID kempen = sharedSchedule("Kempen-Zuid nacht", herentals, mol);
        rotation(Map.of("scheduleId", kempen.toString()), "2027-03-27", anna, bart)
                .statusCode(201)
                .body("scheduleId", equalTo(kempen.toString()))
                .body("hospitalId", nullValue());

        for (String hospital : List.of(herentals, mol)) {
            onCall(hospital, "2027-03-28T07:59:00+02:00")
                    .body("volunteers.volunteerId", contains(anna.toString()))
                    .body("volunteers[0].startsAt", equalTo("2027-03-27T08:00:00+01:00"))
                    .body("volunteers[0].endsAt", equalTo("2027-03-28T08:00:00+02:00"))
                    .body("volunteers[0].rank", equalTo(1))
                    .body("volunteers[0].scheduleId", equalTo(kempen.toString()))
                    .body("volunteers[0].scheduleName", containsString("Kempen-Zuid nacht"));
            onCall(hospital, "2027-03-28T08:00:00+02:00").body("volunteers.volunteerId", contains(bart.toString()));
        }
        onCall(freshHospital(), "2027-03-28T07:59:00+02:00").body("volunteers", org.hamcrest.Matchers.empty());
    }

    @Test
    void aHospitalsOwnRotaComesFirstAndItsSharedSchedulesPeopleFollowAsBackupsOrAreThePrimaryWhenItsOwnHasNobody() {
        String herentals = freshHospital();
        String mol = freshHospital();
        UUID own = registerVolunteerServing("Own", herentals);
        UUID ownBackup = registerVolunteerServing("Own backup", herentals);
        UUID night = registerVolunteerServing("Night", herentals, mol);
        UUID nightBackup = registerVolunteerServing("Night backup", herentals, mol);
        UUID kempen = sharedSchedule("Kempen-Zuid nacht", herentals, mol);
        // Herentals covers its own days; the shared schedule covers both hospitals' nights.
        putOnCall(own, herentals, "2026-11-24T08:00:00+01:00", "2026-11-24T22:00:00+01:00", 1);
        putOnCall(ownBackup, herentals, "2026-11-24T08:00:00+01:00", "2026-11-24T22:00:00+01:00", 2);
        putOnCall(night, kempen, "2026-11-24T20:00:00+01:00", "2026-11-25T08:00:00+01:00", 1);
        putOnCall(nightBackup, kempen, "2026-11-24T20:00:00+01:00", "2026-11-25T08:00:00+01:00", 2);

        onCall(herentals, "2026-11-24T21:00:00+01:00")
                .body("volunteers.volunteerId", contains(own.toString(), ownBackup.toString(), night.toString(),
                        nightBackup.toString()))
                .body("volunteers.rank", contains(1, 2, 3, 4))
                .body("volunteers.scheduleName", contains(herentals, herentals,
                        sharedName(kempen), sharedName(kempen)));
        onCall(herentals, "2026-11-24T23:00:00+01:00")
                .body("volunteers.volunteerId", contains(night.toString(), nightBackup.toString()))
                .body("volunteers.rank", contains(1, 2));
        onCall(mol, "2026-11-24T21:00:00+01:00")
                .body("volunteers.volunteerId", contains(night.toString(), nightBackup.toString()))
                .body("volunteers.rank", contains(1, 2));
    }

    @Test
    void anOverrideOnTheSharedScheduleReplacesItsPeerForEveryHospitalAndAHospitalsOwnOverrideDoesNotTouchIt() {
        String herentals = freshHospital();
        String mol = freshHospital();
        UUID night = registerVolunteerServing("Night", herentals, mol);
        UUID standIn = registerVolunteerServing("Stand-in", herentals, mol);
        UUID other = registerVolunteerServing("Other", herentals);
        UUID kempen = sharedSchedule("Kempen-Zuid nacht", herentals, mol);
        putOnCall(night, kempen, "2026-11-24T20:00:00+01:00", "2026-11-25T08:00:00+01:00", 1);
        // An override on Herentals' own schedule names the night peer, but the night peer is not on it.
        override(Map.of("hospitalId", herentals), night, other, "2026-11-24T20:00:00+01:00",
                "2026-11-25T08:00:00+01:00").statusCode(201);
        override(Map.of("scheduleId", kempen.toString()), night, standIn, "2026-11-24T23:00:00+01:00",
                "2026-11-25T08:00:00+01:00").statusCode(201).body("scheduleId", equalTo(kempen.toString()));

        onCall(herentals, "2026-11-24T21:00:00+01:00").body("volunteers.volunteerId", contains(night.toString()));
        for (String hospital : List.of(herentals, mol)) {
            onCall(hospital, "2026-11-25T01:00:00+01:00")
                    .body("volunteers.volunteerId", contains(standIn.toString()))
                    .body("volunteers[0].source", equalTo("OVERRIDE"));
        }
    }

    @Test
    void aGapOfTheSharedScheduleIsOneGapForEveryHospitalItLeavesUncoveredAcrossTheFallBackNight() {
        String herentals = freshHospital();
        String mol = freshHospital();
        UUID night = registerVolunteerServing("Night", herentals, mol);
        UUID day = registerVolunteerServing("Day", herentals);
        UUID kempen = sharedSchedule("Kempen-Zuid nacht", herentals, mol);
        String name = sharedName(kempen);
        // The night of 30 to 31 October 2027 has 13 hours: the clocks go back at 03:00.
        putOnCall(night, kempen, "2027-10-30T20:00:00+02:00", "2027-10-31T08:00:00+01:00", 1);
        // From that morning Herentals has its own peer on call; Mol has nobody.
        putOnCall(day, herentals, "2027-10-31T08:00:00+01:00", "2027-11-07T08:00:00+01:00", 1);
        putOnCall(day, herentals, "2027-11-07T08:00:00+01:00", "2027-11-13T00:00:00+01:00", 1);

        given().auth().oauth2(coordinator())
                .queryParam("from", "2027-10-30T12:00:00+02:00").queryParam("hospital", mol)
                .when().get("/api/schedules/gaps")
                .then().statusCode(200)
                .body("scheduleId", everyItem(equalTo(kempen.toString())))
                .body("scheduleName", everyItem(equalTo(name)))
                .body("startsAt", contains("2027-10-30T00:00:00+02:00", "2027-10-31T08:00:00+01:00"))
                .body("endsAt", contains("2027-10-30T20:00:00+02:00", "2027-11-13T00:00:00+01:00"))
                .body("[0].hospitals", contains(sorted(herentals, mol).toArray()))
                .body("[1].hospitals", contains(mol));
        given().auth().oauth2(coordinator())
                .queryParam("from", "2027-10-30T12:00:00+02:00").queryParam("hospital", herentals)
                .when().get("/api/schedules/gaps")
                .then().statusCode(200)
                .body("startsAt", contains("2027-10-30T00:00:00+02:00"));

        gaps.scan(Instant.parse("2027-10-30T10:00:00Z"));
        gaps.scan(Instant.parse("2027-10-30T11:00:00Z"));

        List<ConsumerRecord<String, String>> announced = kafka.readAll(Topics.VOLUNTEER_EVENTS,
                r -> kempen.toString().equals(r.key()) && r.value().contains(EventTypes.ROTA_GAP_DETECTED),
                Duration.ofSeconds(3));
        assertEquals(2, announced.size(), "each gap once, for both hospitals together");
        announced.forEach(r -> EventSchemas.assertConforms(r.value()));
        JsonNode both = Events.read(announced.get(0).value()).get("data");
        assertEquals(name, both.get("scheduleName").asText());
        assertEquals(sorted(herentals, mol), Events.texts(both.get("hospitals"), null));
        assertEquals("2027-10-29T22:00:00Z", both.get("gapStartsAt").asText());
        assertEquals("2027-10-30T18:00:00Z", both.get("gapEndsAt").asText());
        JsonNode molOnly = Events.read(announced.get(1).value()).get("data");
        assertEquals(List.of(mol), Events.texts(molOnly.get("hospitals"), null));
        assertEquals("2027-10-31T07:00:00Z", molOnly.get("gapStartsAt").asText());
    }

    @Test
    void theSharedSchedulesPeopleAreToldTheirShiftsNamingItsHospitalsAndToldAgainWhenAHospitalIsAttached() {
        String herentals = freshHospital();
        String mol = freshHospital();
        String geel = freshHospital();
        UUID anna = registerVolunteerServing("Anna", herentals, mol, geel);
        UUID kempen = sharedSchedule("Kempen-Zuid nacht", herentals, mol);
        LocalDate tomorrow = LocalDate.now(Rota.REGION).plusDays(1);
        var start = tomorrow.atTime(20, 0).atZone(Rota.REGION);
        putOnCall(anna, kempen, start.toOffsetDateTime().toString(), start.plusHours(12).toOffsetDateTime().toString(),
                1);

        JsonNode told = shiftsChanged(anna, List.of(herentals, mol));
        assertEquals(1, told.get("shifts").size());
        assertEquals(kempen.toString(), told.at("/shifts/0/scheduleId").asText());
        assertEquals(sharedName(kempen), told.at("/shifts/0/scheduleName").asText());
        assertEquals(start.toInstant().toString(), told.at("/shifts/0/startsAt").asText());

        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("hospitalId", geel))
                .when().post("/api/schedules/{id}/hospitals", kempen)
                .then().statusCode(200)
                .body("hospitals", contains(sorted(herentals, mol, geel).toArray()));
        shiftsChanged(anna, List.of(herentals, mol, geel));

        String token = given().auth().oauth2(volunteer(anna)).when().post("/api/volunteers/{id}/calendar-token", anna)
                .then().statusCode(201).extract().path("token");
        String ics = given().queryParam("token", token).when().get("/api/volunteers/{id}/shifts.ics", anna)
                .then().statusCode(200).extract().asString();
        // Long lines are folded at 75 octets; unfolded, the shift names the hospitals and the shared schedule.
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:On call: " + String.join("\\, ", sorted(herentals, mol, geel))
                + "\r\nDESCRIPTION:Shared schedule: " + sharedName(kempen) + "\r\n"), ics);

        given().auth().oauth2(coordinator()).when().delete("/api/schedules/{id}/hospitals/{hospital}", kempen, geel)
                .then().statusCode(200)
                .body("hospitals", not(hasItem(geel)));
        onCall(geel, start.plusHours(1).toOffsetDateTime().toString()).body("volunteers", org.hamcrest.Matchers.empty());
        onCall(mol, start.plusHours(1).toOffsetDateTime().toString())
                .body("volunteers.volunteerId", contains(anna.toString()));
    }

    @Test
    void onlyCoordinatorsKeepSharedSchedulesAndBadInputIsRefusedNamingTheFieldWithoutCreatingAnything() {
        String herentals = freshHospital();
        String mol = freshHospital();
        registerVolunteerServing("Serves both", herentals, mol);
        String name = "Kempen-Zuid nacht " + UUID.randomUUID();
        Map<String, Object> good = Map.of("name", name, "hospitals", List.of(herentals, mol));

        given().auth().oauth2(volunteer(UUID.randomUUID())).contentType(ContentType.JSON).body(good)
                .when().post("/api/schedules").then().statusCode(403);
        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get("/api/schedules").then().statusCode(403);

        refused(Map.of("name", name, "hospitals", List.of()), "hospitals", "must list at least one hospital");
        refused(Map.of("name", name), "hospitals", "must list at least one hospital");
        refused(Map.of("name", name, "hospitals", List.of(herentals, mol, herentals)), "hospitals",
                "names " + herentals + " more than once");
        String typo = freshHospital();
        refused(Map.of("name", name, "hospitals", List.of(herentals, typo)), "hospitals",
                typo + " is not a hospital that a volunteer serves or that has a rota of its own");
        refused(Map.of("name", name, "hospitals", List.of("AZ Herentals")), "hospitals[0]", null);
        given().auth().oauth2(coordinator()).queryParam("size", 200).when().get("/api/schedules")
                .then().statusCode(200).body("items.name", not(hasItem(name)));

        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(good)
                .when().post("/api/schedules").then().statusCode(201);
    }

    @Test
    void aHospitalIsInAtMostOneSharedScheduleAndAttachingItTwiceElsewhereIsAConflict() {
        String herentals = freshHospital();
        String mol = freshHospital();
        String geel = freshHospital();
        registerVolunteerServing("Serves all", herentals, mol, geel);
        UUID kempen = sharedSchedule("Kempen-Zuid nacht", herentals, mol);
        UUID other = sharedSchedule("Kempen-Noord", geel);

        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Kempen-Oost " + UUID.randomUUID(), "hospitals", List.of(geel, mol)))
                .when().post("/api/schedules")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(mol + " is already in the shared schedule"));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("hospitalId", herentals))
                .when().post("/api/schedules/{id}/hospitals", other)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("hospitalId", herentals))
                .when().post("/api/schedules/{id}/hospitals", kempen)
                .then().statusCode(200).body("hospitals", contains(sorted(herentals, mol).toArray()));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("hospitalId", freshHospital()))
                .when().post("/api/schedules/{id}/hospitals", kempen)
                .then().statusCode(400).body("violations[0].field", equalTo("hospitalId"));
        given().auth().oauth2(coordinator()).when().delete("/api/schedules/{id}/hospitals/{hospital}", other, geel)
                .then().statusCode(409);
        given().auth().oauth2(coordinator()).when().get("/api/schedules/{id}", other)
                .then().statusCode(200).body("hospitals", contains(geel));
        given().auth().oauth2(coordinator()).when().get("/api/schedules/{id}", UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aRotaEntryGoesOnExactlyOneKnownScheduleOrIsRefusedNamingTheField() {
        String herentals = freshHospital();
        UUID anna = registerVolunteerServing("Anna", herentals);
        UUID kempen = sharedSchedule("Kempen-Zuid nacht", herentals);

        rotation(Map.of(), "2026-11-23", anna).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("hospitalId"));
        rotation(Map.of("hospitalId", herentals, "scheduleId", kempen.toString()), "2026-11-23", anna)
                .statusCode(400).body("violations.field", contains("scheduleId"));
        rotation(Map.of("scheduleId", UUID.randomUUID().toString()), "2026-11-23", anna)
                .statusCode(400).body("violations.field", contains("scheduleId"));
        override(Map.of("scheduleId", UUID.randomUUID().toString()), anna, registerVolunteer("Bart", "nl"),
                "2026-11-24T20:00:00+01:00", "2026-11-25T08:00:00+01:00")
                .statusCode(400).body("violations.field", contains("scheduleId"));

        onCall(herentals, "2026-11-24T12:00:00+01:00").body("volunteers", org.hamcrest.Matchers.empty());
    }

    @Test
    void theDatabaseDerivesAHospitalsOwnScheduleIdAsTheServiceDoesSoMigratedRotaEntriesKeepTheirSchedule()
            throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select rota_own_schedule_id(?)")) {
            for (String hospital : List.of("az-turnhout", "az-herentals", "az-heilig-hart.mol", "ziekenhuis_geel-2",
                    freshHospital())) {
                query.setString(1, hospital);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    assertEquals(Schedule.ownId(hospital), result.getObject(1, UUID.class), hospital);
                }
            }
        }
    }

    private JsonNode shiftsChanged(UUID volunteer, List<String> hospitals) {
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.VOLUNTEER_EVENTS,
                r -> volunteer.toString().equals(r.key()) && r.value().contains(EventTypes.SHIFTS_CHANGED)
                        && Events.texts(Events.read(r.value()).at("/data/shifts/0/hospitals"), null)
                                .equals(sorted(hospitals.toArray(String[]::new))));
        EventSchemas.assertConforms(record.value());
        return Events.read(record.value()).get("data");
    }

    private static String sharedName(UUID schedule) {
        return given().auth().oauth2(coordinator()).when().get("/api/schedules/{id}", schedule)
                .then().statusCode(200).extract().path("name");
    }

    private static List<String> sorted(String... hospitals) {
        return java.util.Arrays.stream(hospitals).sorted().toList();
    }

    private static void refused(Map<String, Object> body, String field, String message) {
        ValidatableResponse response = given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/schedules")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", containsString(field.replace("[0]", "")));
        if (message != null) {
            response.body("violations[0].message", equalTo(message));
        }
    }

    private static ValidatableResponse onCall(String hospital, String at) {
        return given().auth().oauth2(coordinator())
                .queryParam("hospital", hospital).queryParam("at", at)
                .when().get("/api/on-call")
                .then().statusCode(200);
    }

    private static ValidatableResponse rotation(Map<String, String> target, String firstHandOff, UUID... participants) {
        Map<String, Object> body = new java.util.HashMap<>(target);
        body.putAll(Map.of("name", "Daily", "kind", "DAILY", "handOffTime", "08:00", "firstHandOff", firstHandOff,
                "rank", 1, "participants", java.util.Arrays.stream(participants).map(UUID::toString).toList()));
        return given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/rota/rotations")
                .then();
    }

    private static ValidatableResponse override(Map<String, String> target, UUID replaced, UUID replacement,
            String startsAt, String endsAt) {
        Map<String, Object> body = new java.util.HashMap<>(target);
        body.putAll(Map.of("replacedVolunteerId", replaced.toString(), "volunteerId", replacement.toString(),
                "startsAt", startsAt, "endsAt", endsAt));
        return given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/rota/overrides")
                .then();
    }
}
