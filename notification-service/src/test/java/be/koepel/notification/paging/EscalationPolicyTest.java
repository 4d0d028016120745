package be.koepel.notification.paging;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import be.koepel.notification.ServiceTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Coordinators set how paging escalates per hospital; each test uses a hospital of its own. */
@QuarkusTest
class EscalationPolicyTest extends ServiceTestBase {

    @Test
    void aHospitalPolicyPagesWithItsOwnDelaysAndRepeatsTheCandidatesBeforeGivingUp() {
        put("az-repeat", Map.of("stepDelays", List.of("PT3S", "PT4S"), "repeat", 1)).then().statusCode(200);
        var first = fixtures.volunteer();
        var second = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, "az-repeat", first, second);

        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(first.phone()).size() == 2
                && sms.receivedBy(second.phone()).size() == 2);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> pages(referralId)
                .body("step", equalTo(List.of(1, 2, 3, 4)))
                .body("candidateRank", equalTo(List.of(1, 2, 1, 2)))
                .body("status", equalTo(List.of("EXPIRED", "EXPIRED", "EXPIRED", "EXPIRED"))));
    }

    @Test
    void aHospitalWithoutItsOwnPolicyFollowsTheConfiguredDefault() {
        given().auth().oauth2(coordinator()).when().get("/api/escalation-policies/az-nothing-set")
                .then().statusCode(200)
                .body("configured", equalTo(false))
                .body("stepDelays", equalTo(List.of("PT8S")))
                .body("repeat", equalTo(0));
        given().auth().oauth2(coordinator()).when().get("/api/escalation-policies")
                .then().statusCode(200).body("scope", hasItem("default"));
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedSoNoCoordinatorOverwritesAnother() {
        int version = put("az-versions", Map.of("stepDelays", List.of("PT5M"), "repeat", 0))
                .then().statusCode(200).body("configured", equalTo(true)).extract().path("version");
        put("az-versions", Map.of("stepDelays", List.of("PT3M"), "repeat", 1, "version", version))
                .then().statusCode(200).body("stepDelays", equalTo(List.of("PT3M")));
        put("az-versions", Map.of("stepDelays", List.of("PT1M"), "repeat", 2, "version", version))
                .then().statusCode(409).contentType("application/problem+json");
        put("az-versions", Map.of("stepDelays", List.of("PT1M"), "repeat", 2))
                .then().statusCode(409);
        given().auth().oauth2(coordinator()).when().get("/api/escalation-policies/az-versions")
                .then().body("stepDelays", equalTo(List.of("PT3M"))).body("repeat", equalTo(1));

        given().auth().oauth2(coordinator()).when().delete("/api/escalation-policies/az-versions")
                .then().statusCode(204);
        given().auth().oauth2(coordinator()).when().get("/api/escalation-policies/az-versions")
                .then().body("configured", equalTo(false));
    }

    @Test
    void aBadPolicyNamesEachFieldAndChangesNothing() {
        put("az-bad", Map.of("stepDelays", List.of("PT5M"), "repeat", 0)).then().statusCode(200);

        put("az-bad", Map.of("stepDelays", List.of("5 minutes", "PT0S"), "repeat", 9, "version", 0))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("stepDelays[0]", "stepDelays[1]", "repeat"));
        given().auth().oauth2(coordinator()).when().get("/api/escalation-policies/az-bad")
                .then().body("stepDelays", equalTo(List.of("PT5M"))).body("version", equalTo(0));
    }

    @Test
    void onlyCoordinatorsSeeOrSetPolicies() {
        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get("/api/escalation-policies")
                .then().statusCode(403);
        given().auth().oauth2(volunteer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("stepDelays", List.of("PT5M"), "repeat", 0))
                .when().put("/api/escalation-policies/az-volunteer").then().statusCode(403);
        given().when().get("/api/escalation-policies").then().statusCode(401);
    }

    private static io.restassured.response.Response put(String scope, Map<String, Object> body) {
        return given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(body)
                .when().put("/api/escalation-policies/" + scope);
    }

    private static io.restassured.response.ValidatableResponse pages(UUID referralId) {
        return given().auth().oauth2(coordinator()).queryParam("referralId", referralId.toString())
                .when().get("/api/pages").then().statusCode(200);
    }
}
