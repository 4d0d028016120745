package be.koepel.volunteer.duty;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Each test uses its own far-future year, so duties of different tests never overlap. */
@QuarkusTest
class DutyResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aScheduledDutyIsPublishedWithTheCoordinatorsChannelsAndAnsweredForAnyInstantInIt() throws Exception {
        String id = schedule("Coordinator An", "2071-03-28T09:00:00+01:00", "2071-04-04T09:00:00+02:00")
                .statusCode(201)
                .body("phone", equalTo("+32470000001"))
                .extract().path("id");

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.VOLUNTEER_EVENTS, r -> id.equals(r.key()));
            EventSchemas.assertConforms(record.value());
            JsonNode event = JSON.readTree(record.value());
            assertEquals(EventTypes.COORDINATOR_DUTY_SCHEDULED, event.get("type").asText());
            assertEquals("SMS", event.at("/data/contactChannels/0/type").asText());
            assertEquals("+32470000001", event.at("/data/contactChannels/0/address").asText());
            assertEquals("2071-03-28T08:00:00Z", event.at("/data/startsAt").asText());
        }

        onDuty("2071-03-30T03:00:00+02:00").body("coordinator.id", equalTo(id))
                .body("coordinator.displayName", equalTo("Coordinator An"));
        onDuty("2071-04-04T09:00:00+02:00").body("coordinator", nullValue());
    }

    @Test
    void anOverlappingDutyIsRefusedAndTheFirstCoordinatorStaysOnDuty() {
        schedule("First", "2072-01-05T09:00:00+01:00", "2072-01-12T09:00:00+01:00").statusCode(201);

        schedule("Second", "2072-01-11T09:00:00+01:00", "2072-01-19T09:00:00+01:00").statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("startsAt"));

        onDuty("2072-01-11T12:00:00+01:00").body("coordinator.displayName", equalTo("First"));
    }

    @Test
    void onlyACoordinatorSchedulesDutiesButTheServicesMayAskWhoIsOnDuty() {
        given().auth().oauth2(volunteer(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(Map.of("coordinatorId", "me", "displayName", "Me", "phone", "+32470000001",
                        "startsAt", "2073-01-05T09:00:00+01:00", "endsAt", "2073-01-06T09:00:00+01:00"))
                .when().post("/api/coordinator-duty")
                .then().statusCode(403);

        given().auth().oauth2(Tokens.token("notification-service", Set.of("service"), Map.of()))
                .queryParam("at", "2073-01-05T12:00:00+01:00")
                .when().get("/api/coordinator-duty/on-duty")
                .then().statusCode(200)
                .body("coordinator", nullValue());
    }

    private static ValidatableResponse schedule(String name, String startsAt, String endsAt) {
        return given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("coordinatorId", "coordinator-" + UUID.randomUUID(), "displayName", name,
                        "phone", "+32 470 00 00 01", "startsAt", startsAt, "endsAt", endsAt))
                .when().post("/api/coordinator-duty")
                .then();
    }

    private static ValidatableResponse onDuty(String at) {
        return given().auth().oauth2(coordinator())
                .queryParam("at", at)
                .when().get("/api/coordinator-duty/on-duty")
                .then().statusCode(200);
    }
}
