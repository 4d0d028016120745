package be.koepel.volunteer.volunteer;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.volunteer.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VolunteerProfileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aCoordinatorRegistersTheFullProfileAndTheUpsertEventCarriesStatusAndChannels() throws Exception {
        String id = given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"displayName": "Mieke", "phone": "+32 470 11 22 33", "email": "mieke@example.org",
                         "languages": ["nl"], "gender": "FEMALE", "ageBand": "45-54",
                         "livedExperience": ["ALCOHOL", "MEDICATION"], "recoverySince": "2019-05-01",
                         "municipalities": ["Turnhout", "Oud-Turnhout"], "hospitals": ["az-turnhout"],
                         "maxTrajectories": 2, "status": "CANDIDATE"}""")
                .when().post("/api/volunteers")
                .then().statusCode(201)
                .body("gender", equalTo("FEMALE"))
                .body("ageBand", equalTo("45-54"))
                .body("livedExperience", contains("ALCOHOL", "MEDICATION"))
                .body("recoverySince", equalTo("2019-05-01"))
                .body("municipalities", contains("Turnhout", "Oud-Turnhout"))
                .body("hospitals", contains("az-turnhout"))
                .body("maxTrajectories", equalTo(2))
                .body("status", equalTo("CANDIDATE"))
                .extract().path("id");

        JsonNode data = awaitUpdate(id, 0);
        assertEquals("CANDIDATE", data.get("status").asText());
        assertEquals("+32470112233", data.at("/contactChannels/0/address").asText());
        assertEquals("EMAIL", data.at("/contactChannels/1/type").asText());
        assertEquals("az-turnhout", data.at("/hospitals/0").asText());
    }

    @Test
    void withoutAStatusOrMaximumARegisteredVolunteerIsActiveWithTheConfiguredMaximum() {
        UUID id = Fixtures.registerVolunteer("Default", "nl");

        given().auth().oauth2(coordinator())
                .when().get("/api/volunteers/" + id)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("maxTrajectories", equalTo(3))
                .body("trainings", empty());
    }

    @Test
    void aVolunteerUpdatesTheirOwnProfileAndTheNewChannelsArePublishedWithTheNewVersion() throws Exception {
        UUID id = Fixtures.registerVolunteer("Jef", "nl");

        given().auth().oauth2(volunteer(id))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "displayName", "Jef P.", "phone", "+32 471 00 00 01",
                        "email", "jef@example.org", "languages", java.util.List.of("nl", "en"),
                        "municipalities", java.util.List.of("Geel")))
                .when().put("/api/volunteers/" + id)
                .then().statusCode(200)
                .body("displayName", equalTo("Jef P."))
                .body("languages", contains("nl", "en"))
                .body("version", equalTo(1));

        JsonNode data = awaitUpdate(id.toString(), 1);
        assertEquals("Jef P.", data.get("displayName").asText());
        assertEquals("+32471000001", data.at("/contactChannels/0/address").asText());
        assertEquals("jef@example.org", data.at("/contactChannels/1/address").asText());
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsAConflictAndChangesNothing() {
        UUID id = Fixtures.registerVolunteer("Stale", "nl");
        update(id, 0, "Stale once").then().statusCode(200);

        update(id, 0, "Stale twice").then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(coordinator()).when().get("/api/volunteers/" + id)
                .then().body("displayName", equalTo("Stale once"));
    }

    @Test
    void aVolunteerEditingSomeoneElsesProfileStatusOrBackupIsForbiddenAndNothingChanges() {
        UUID els = Fixtures.registerVolunteer("Els", "nl");
        UUID jan = Fixtures.registerVolunteer("Jan", "nl");

        given().auth().oauth2(volunteer(els))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "displayName", "Hacked", "phone", "+32470123456",
                        "languages", java.util.List.of("nl")))
                .when().put("/api/volunteers/" + jan)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(volunteer(els))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PAUSED", "pausedUntil", "2099-01-01"))
                .when().put("/api/volunteers/" + jan + "/status")
                .then().statusCode(403);
        given().auth().oauth2(volunteer(jan))
                .contentType(ContentType.JSON)
                .body(Map.of("organisation", "CAW", "contactName", "An", "email", "an@caw.be"))
                .when().put("/api/volunteers/" + jan + "/backup")
                .then().statusCode(403);

        given().auth().oauth2(coordinator()).when().get("/api/volunteers/" + jan)
                .then().body("displayName", equalTo("Jan"))
                .body("status", equalTo("ACTIVE"))
                .body("professionalBackup", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void aBadProfileUpdateNamesEachFieldAndChangesNothing() {
        UUID id = Fixtures.registerVolunteer("Bad", "nl");

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"displayName": "", "phone": "0470", "languages": [], "ageBand": "40-50",
                         "maxTrajectories": -1, "recoverySince": "2999-01-01"}""")
                .when().put("/api/volunteers/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("version", "displayName", "phone", "languages",
                        "ageBand", "maxTrajectories", "recoverySince"));

        given().auth().oauth2(coordinator()).when().get("/api/volunteers/" + id)
                .then().body("displayName", equalTo("Bad")).body("version", equalTo(0));
    }

    @Test
    void aVolunteerPausesThemselvesUntilADateButOnlyACoordinatorRetiresThem() throws Exception {
        UUID id = Fixtures.registerVolunteer("Pause", "nl");

        given().auth().oauth2(volunteer(id))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PAUSED", "pausedUntil", "2099-01-31"))
                .when().put("/api/volunteers/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("pausedUntil", equalTo("2099-01-31"));
        JsonNode data = awaitUpdate(id.toString(), 1);
        assertEquals("PAUSED", data.get("status").asText());
        assertEquals("2099-01-31", data.get("pausedUntil").asText());

        given().auth().oauth2(volunteer(id))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "RETIRED"))
                .when().put("/api/volunteers/" + id + "/status")
                .then().statusCode(403);
        given().auth().oauth2(volunteer(id))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PAUSED"))
                .when().put("/api/volunteers/" + id + "/status")
                .then().statusCode(400)
                .body("violations.field", contains("pausedUntil"));
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "RETIRED"))
                .when().put("/api/volunteers/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo("RETIRED"))
                .body("pausedUntil", nullValue());
    }

    @Test
    void aCoordinatorLinksAProfessionalBackupWhoseChannelsArePublished() throws Exception {
        UUID id = Fixtures.registerVolunteer("Backed", "nl");

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("organisation", "CAW De Kempen", "contactName", "An Peeters",
                        "phone", "+32 14 00 00 00", "email", "an@caw.be"))
                .when().put("/api/volunteers/" + id + "/backup")
                .then().statusCode(200)
                .body("professionalBackup.organisation", equalTo("CAW De Kempen"))
                .body("professionalBackup.phone", equalTo("+3214000000"));

        JsonNode data = awaitUpdate(id.toString(), 1);
        assertEquals("CAW De Kempen", data.at("/professionalBackup/organisation").asText());
        assertEquals("SMS", data.at("/professionalBackup/contactChannels/0/type").asText());
        assertEquals("an@caw.be", data.at("/professionalBackup/contactChannels/1/address").asText());
    }

    @Test
    void trainingsDecideWhetherAVolunteerCanBePagedForAHospitalThatRequiresThem() {
        // az-trained requires motivational interviewing and its own induction (application.properties, %test).
        UUID id = Fixtures.registerVolunteer("Trainee", "nl");

        given().auth().oauth2(volunteer(id))
                .queryParam("hospital", "az-trained").queryParam("on", "2026-11-24")
                .when().get("/api/volunteers/" + id + "/pageability")
                .then().statusCode(200)
                .body("pageable", equalTo(false))
                .body("obstacles", contains("no valid MOTIVATIONAL_INTERVIEWING",
                        "no valid HOSPITAL_INDUCTION for az-trained"));

        training(id, Map.of("type", "MOTIVATIONAL_INTERVIEWING", "completedOn", "2026-01-10",
                "expiresOn", "2029-01-10")).then().statusCode(201);
        training(id, Map.of("type", "HOSPITAL_INDUCTION", "hospitalId", "az-trained", "completedOn", "2026-02-01",
                "expiresOn", "2026-12-01")).then().statusCode(201);

        pageability(id, "2026-11-24").body("pageable", equalTo(true)).body("obstacles", empty());
        pageability(id, "2026-12-01").body("pageable", equalTo(false))
                .body("obstacles", contains("no valid HOSPITAL_INDUCTION for az-trained"));
        given().auth().oauth2(coordinator()).when().get("/api/volunteers/" + id)
                .then().body("trainings.type", contains("MOTIVATIONAL_INTERVIEWING", "HOSPITAL_INDUCTION"));
    }

    @Test
    void onlyACoordinatorRecordsTrainingsAndABadTrainingNamesItsFields() {
        UUID id = Fixtures.registerVolunteer("Self-certified", "nl");

        given().auth().oauth2(volunteer(id))
                .contentType(ContentType.JSON)
                .body(Map.of("type", "RELAPSE_PREVENTION", "completedOn", "2026-01-10", "expiresOn", "2029-01-10"))
                .when().post("/api/volunteers/" + id + "/trainings")
                .then().statusCode(403);
        training(id, Map.of("type", "HOSPITAL_INDUCTION", "completedOn", "2026-01-10", "expiresOn", "2025-01-10"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("expiresOn", "hospitalId"));

        given().auth().oauth2(coordinator()).when().get("/api/volunteers/" + id)
                .then().body("trainings", empty());
    }

    private static io.restassured.response.Response update(UUID id, int version, String name) {
        return given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("version", version, "displayName", name, "phone", "+32470123456",
                        "languages", java.util.List.of("nl")))
                .when().put("/api/volunteers/" + id);
    }

    private static io.restassured.response.Response training(UUID id, Map<String, Object> body) {
        return given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/volunteers/" + id + "/trainings");
    }

    private static io.restassured.response.ValidatableResponse pageability(UUID id, String on) {
        return given().auth().oauth2(coordinator())
                .queryParam("hospital", "az-trained").queryParam("on", on)
                .when().get("/api/volunteers/" + id + "/pageability")
                .then().statusCode(200);
    }

    /** The volunteer.updated.v1 of that version, checked against its schema. */
    private JsonNode awaitUpdate(String id, long version) throws Exception {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.VOLUNTEER_EVENTS,
                    r -> id.equals(r.key()) && r.value().contains(EventTypes.VOLUNTEER_UPDATED)
                            && r.value().contains("\"version\":" + version + ","));
            EventSchemas.assertConforms(record.value());
            JsonNode event = JSON.readTree(record.value());
            assertEquals(EventTypes.VOLUNTEER_UPDATED, event.get("type").asText());
            assertEquals(version, event.at("/data/version").asLong());
            return event.get("data");
        }
    }
}
