package be.koepel.volunteer.matching;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.volunteer.Events.texts;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.testing.KafkaTestClient;
import be.koepel.volunteer.Events;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The weights come from configuration: the same pool and referral as
 * {@link RoutineMatchingTest#withTheConfiguredWeightsAPreferredGenderOutweighsSharedLivedExperience()} rank the
 * other way round once koepel.matching.weights.lived-experience is raised from 1.5 to 3.0.
 */
@QuarkusTest
@TestProfile(ConfiguredWeightsTest.LivedExperienceFirst.class)
class ConfiguredWeightsTest {

    public static class LivedExperienceFirst implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("koepel.matching.weights.lived-experience", "3.0");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void withLivedExperienceWeighedDoubleAManWhoSharesItRanksAboveAWomanWhoDoesNot() {
        Pair pair = proposeToAWomanWithoutAndAManWithSharedExperience(bootstrapServers, "io");

        assertEquals(List.of(pair.man().toString(), pair.woman().toString()), pair.proposed());
        // Man: 1 + 0 + 3 x 1 + 0.5 + 1 + 1 + 1; woman: 1 + 2 + 3 x 0 + 0.5 + 1 + 1 + 1.
        matches(pair.referral())
                .body("candidates.volunteerId", contains(pair.man().toString(), pair.woman().toString()))
                .body("candidates.score", contains(7.5f, 6.5f))
                .body("candidates[0].factors.find { it.name == 'LIVED_EXPERIENCE' }.weight", equalTo(3.0f));
    }

    /** The ids of a routine referral's two candidates and the order in which its proposal event named them. */
    record Pair(UUID referral, UUID woman, UUID man, List<String> proposed) {
    }

    /**
     * A woman without lived experience of alcohol and a man with it, both otherwise alike, proposed for a
     * woman who drinks and prefers a female peer; each caller speaks its own rare language to keep its pool apart.
     */
    static Pair proposeToAWomanWithoutAndAManWithSharedExperience(String bootstrapServers, String language) {
        UUID woman = registerVolunteer(Map.of("displayName", "Woman", "languages", List.of(language),
                "gender", "FEMALE", "ageBand", "25-34", "municipalities", List.of("Geel")));
        UUID man = registerVolunteer(Map.of("displayName", "Man", "languages", List.of(language),
                "gender", "MALE", "ageBand", "25-34", "livedExperience", List.of("ALCOHOL"),
                "municipalities", List.of("Geel")));
        UUID referral = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send(Topics.REFERRAL_EVENTS, referral.toString(),
                    RoutineMatchingTest.routineReferral(referral, language));
            JsonNode data = Events.read(kafka.awaitRecord(Topics.MATCHING_EVENTS,
                    r -> referral.toString().equals(r.key())
                            && r.value().contains(EventTypes.PEER_CANDIDATES_PROPOSED_V2)).value()).get("data");
            return new Pair(referral, woman, man, texts(data.get("candidates"), "volunteerId"));
        }
    }

    static ValidatableResponse matches(UUID referral) {
        return given().auth().oauth2(coordinator())
                .when().get("/api/referrals/{id}/matches", referral)
                .then().statusCode(200);
    }
}
