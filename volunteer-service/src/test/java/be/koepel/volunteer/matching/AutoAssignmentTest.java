package be.koepel.volunteer.matching;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.volunteer.Events;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** With auto-assignment switched on, a routine referral goes to its top match at once. */
@QuarkusTest
@TestProfile(AutoAssignmentTest.AutoAssign.class)
class AutoAssignmentTest {

    public static class AutoAssign implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("koepel.matching.auto-assign", "true");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aRoutineReferralIsAssignedToItsTopMatchByAuto() {
        UUID best = registerVolunteer(Map.of("displayName", "Best", "languages", List.of("za"), "gender", "FEMALE",
                "livedExperience", List.of("ALCOHOL")));
        registerVolunteer(Map.of("displayName", "Second", "languages", List.of("za"), "gender", "MALE"));
        UUID referral = UUID.randomUUID();

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send(Topics.REFERRAL_EVENTS, referral.toString(), RoutineMatchingTest.routineReferral(referral, "za"));

            ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.MATCHING_EVENTS,
                    r -> referral.toString().equals(r.key()) && r.value().contains(EventTypes.PEER_ASSIGNED));
            EventSchemas.assertConforms(record.value());
            JsonNode data = Events.read(record.value()).get("data");
            assertEquals(best.toString(), data.get("volunteerId").asText());
            assertEquals("auto", data.get("assignedBy").asText());
        }
        given().auth().oauth2(coordinator()).when().get("/api/referrals/{id}/matches", referral)
                .then().statusCode(200).body("assignment.assignedBy", equalTo("auto"));
    }
}
