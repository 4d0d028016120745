package be.koepel.volunteer.volunteer;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.KoepelTestResource;
import be.koepel.volunteer.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The one class that declares the test infrastructure; it applies to every @QuarkusTest of the module. */
@QuarkusTest
@QuarkusTestResource(value = KoepelTestResource.class, initArgs = @ResourceArg(name = "service", value = "volunteer"))
class VolunteerResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void registeringAVolunteerPublishesOneVolunteerRegisteredEventWithTheirSmsChannelFirst() throws Exception {
        String location = given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"displayName": "Els", "phone": "+32 470 12 34 56", "email": "els@example.org",
                         "languages": ["nl", "fr"]}""")
                .when().post("/api/volunteers")
                .then().statusCode(201)
                .body("phone", equalTo("+32470123456"))
                .body("languages", contains("nl", "fr"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.VOLUNTEER_EVENTS,
                    r -> id.equals(r.key()) && r.value().contains(EventTypes.VOLUNTEER_REGISTERED));
            EventSchemas.assertConforms(record.value());
            JsonNode event = JSON.readTree(record.value());
            assertEquals(EventTypes.VOLUNTEER_REGISTERED, event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            assertEquals("koepel/volunteer-service", event.get("source").asText());
            JsonNode channels = event.at("/data/contactChannels");
            assertEquals("SMS", channels.get(0).get("type").asText());
            assertEquals("+32470123456", channels.get(0).get("address").asText());
            assertEquals(0, channels.get(0).get("order").asInt());
            assertEquals("EMAIL", channels.get(1).get("type").asText());
            assertEquals(1, channels.get(1).get("order").asInt());

            // volunteer.updated.v1 (the upsert of the new state) follows; registration itself is announced once.
            assertEquals(1, kafka.readAll(Topics.VOLUNTEER_EVENTS,
                    r -> id.equals(r.key()) && r.value().contains(EventTypes.VOLUNTEER_REGISTERED),
                    Duration.ofSeconds(2)).size(), "one registration, one registered event");
        }
    }

    @Test
    void aVolunteerWithoutANameWithABadPhoneEmailAndLanguagesIsRefusedWithEachFieldNamedAndNothingStored() {
        long before = poolSize();

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"displayName": " ", "phone": "0470 12", "email": "not-an-address", "languages": ["NL", "dutch"]}""")
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("displayName", "phone", "email", "languages"));

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"phone": "+32470123456"}""")
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("displayName", "languages"));

        assertEquals(before, poolSize());
    }

    @Test
    void onlyACoordinatorMayRegisterOrListVolunteers() {
        given().auth().oauth2(volunteer(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body("""
                        {"displayName": "Jan", "phone": "+32470123456", "languages": ["nl"]}""")
                .when().post("/api/volunteers")
                .then().statusCode(403);

        given().auth().oauth2(volunteer(UUID.randomUUID()))
                .when().get("/api/volunteers")
                .then().statusCode(403);

        given().contentType(ContentType.JSON)
                .body("""
                        {"displayName": "Jan", "phone": "+32470123456", "languages": ["nl"]}""")
                .when().post("/api/volunteers")
                .then().statusCode(401);
    }

    @Test
    void aVolunteerReadsTheirOwnProfileButAnotherVolunteersProfileDoesNotExistForThem() {
        UUID els = Fixtures.registerVolunteer("Els", "nl");
        UUID jan = Fixtures.registerVolunteer("Jan", "nl");

        given().auth().oauth2(volunteer(els))
                .when().get("/api/volunteers/" + els)
                .then().statusCode(200)
                .body("displayName", equalTo("Els"));

        given().auth().oauth2(volunteer(els))
                .when().get("/api/volunteers/" + jan)
                .then().statusCode(404)
                .contentType("application/problem+json");

        given().auth().oauth2(coordinator())
                .when().get("/api/volunteers/" + jan)
                .then().statusCode(200)
                .body("displayName", equalTo("Jan"));
    }

    @Test
    void theCoordinatorPagesThroughThePool() {
        UUID id = Fixtures.registerVolunteer("Zora " + UUID.randomUUID(), "ar");

        given().auth().oauth2(coordinator())
                .queryParam("size", 200)
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("size", equalTo(200));

        given().auth().oauth2(coordinator())
                .queryParam("size", 1)
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("items.size()", equalTo(1));

        given().auth().oauth2(coordinator())
                .queryParam("size", 0)
                .when().get("/api/volunteers")
                .then().statusCode(400)
                .body("violations.field", hasItem(endsWith("size")));
    }

    @Test
    void anUnknownVolunteerIsAProblemNotAnEmptyBody() {
        given().auth().oauth2(coordinator())
                .when().get("/api/volunteers/" + UUID.randomUUID())
                .then().statusCode(404)
                .body("status", equalTo(404))
                .body("detail", not(equalTo(null)));
    }

    private static long poolSize() {
        return ((Number) given().auth().oauth2(coordinator())
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .extract().path("total")).longValue();
    }
}
