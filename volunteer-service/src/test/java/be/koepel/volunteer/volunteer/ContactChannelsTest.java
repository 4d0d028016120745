package be.koepel.volunteer.volunteer;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.volunteer.Events;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Volunteers and coordinators choose how they are paged; notification-service learns it from the events. */
@QuarkusTest
class ContactChannelsTest {

    private static final String CHANNELS = """
            {"channels": [
              {"type": "WEB_PUSH", "address": "Els's phone", "order": 0},
              {"type": "SMS", "address": "+32 470 11 22 33", "order": 1, "delaySeconds": 60},
              {"type": "WEBHOOK", "address": "https://hooks.example.org/els", "order": 2, "delaySeconds": 300},
              {"type": "EMAIL", "address": "els@example.org", "order": 3, "delaySeconds": 600}]}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aVolunteerSetsTheirOwnChannelsWhichVolunteerUpdatedCarriesInOrderWithTheirDelays() {
        UUID els = registerVolunteer("Els", "nl");

        given().auth().oauth2(volunteer(els)).contentType(ContentType.JSON).body(CHANNELS)
                .when().put("/api/volunteers/{id}/contact-channels", els)
                .then().statusCode(200)
                .body("contactChannels.type", contains("WEB_PUSH", "SMS", "WEBHOOK", "EMAIL"))
                .body("contactChannels[1].address", equalTo("+32470112233"))
                .body("version", equalTo(1));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.VOLUNTEER_EVENTS,
                    r -> els.toString().equals(r.key()) && r.value().contains(EventTypes.VOLUNTEER_UPDATED)
                            && r.value().contains("WEB_PUSH"));
            EventSchemas.assertConforms(record.value());
            JsonNode channels = Events.read(record.value()).at("/data/contactChannels");
            assertEquals(List.of("WEB_PUSH", "SMS", "WEBHOOK", "EMAIL"), Events.texts(channels, "type"));
            assertEquals(List.of("0", "60", "300", "600"), Events.texts(channels, "delaySeconds"));
        }
    }

    @Test
    void badChannelsAreRefusedWithEachFieldNamedAndChangeNothing() {
        UUID els = registerVolunteer("Els", "nl");

        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"channels": [{"type": "SMS", "address": "+32470112233", "order": 0},
                                      {"type": "WEBHOOK", "address": "http://plain.example.org", "order": 1}]}""")
                .when().put("/api/volunteers/{id}/contact-channels", els)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("channels[1].address"))
                .body("violations[0].message", equalTo("must be an https URL such as https://example.org/koepel/pages"));

        given().auth().oauth2(coordinator()).when().get("/api/volunteers/{id}", els)
                .then().statusCode(200).body("version", equalTo(0)).body("contactChannels.type", contains("SMS"));
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            assertEquals(1, kafka.readAll(Topics.VOLUNTEER_EVENTS,
                    r -> els.toString().equals(r.key()) && r.value().contains(EventTypes.VOLUNTEER_UPDATED),
                    Duration.ofSeconds(2)).size(), "only registration's update");
        }
    }

    @Test
    void aVolunteerCannotSetSomeoneElsesChannels() {
        UUID els = registerVolunteer("Els", "nl");

        given().auth().oauth2(volunteer(UUID.randomUUID())).contentType(ContentType.JSON).body(CHANNELS)
                .when().put("/api/volunteers/{id}/contact-channels", els)
                .then().statusCode(403);
    }

    @Test
    void aCoordinatorOnDutyIsPagedOnTheChannelsChosenForTheDuty() {
        String id = given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("coordinatorId", "coordinator-jan", "displayName", "Jan", "phone", "+32470999000",
                        "startsAt", "2074-02-01T09:00:00+01:00", "endsAt", "2074-02-08T09:00:00+01:00",
                        "contactChannels", List.of(
                                Map.of("type", "SMS", "address", "+32470999000", "order", 0),
                                Map.of("type", "WEBHOOK", "address", "https://ops.example.org/page", "order", 1,
                                        "delaySeconds", 120))))
                .when().post("/api/coordinator-duty")
                .then().statusCode(201)
                .body("contactChannels.type", contains("SMS", "WEBHOOK"))
                .extract().path("id");

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.VOLUNTEER_EVENTS,
                    r -> id.equals(r.key()));
            EventSchemas.assertConforms(record.value());
            JsonNode channels = Events.read(record.value()).at("/data/contactChannels");
            assertEquals(List.of("SMS", "WEBHOOK"), Events.texts(channels, "type"));
            assertEquals("120", channels.get(1).get("delaySeconds").asText());
        }
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("coordinatorId", "coordinator-jan", "displayName", "Jan", "phone", "+32470999000",
                        "startsAt", "2074-03-01T09:00:00+01:00", "endsAt", "2074-03-08T09:00:00+01:00",
                        "contactChannels", List.of(Map.of("type", "EMAIL", "address", "jan", "order", 0))))
                .when().post("/api/coordinator-duty")
                .then().statusCode(400).body("violations.field", contains("contactChannels[0].address"));
    }
}
