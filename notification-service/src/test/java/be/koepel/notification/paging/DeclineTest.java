package be.koepel.notification.paging;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.Topics;
import be.koepel.notification.ServiceTestBase;
import be.koepel.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "I can't go": paging moves on at once instead of waiting for the deadline. */
@QuarkusTest
class DeclineTest extends ServiceTestBase {

    /** Long enough that only a decline, never the deadline, can explain the next page in a test. */
    private static final String LONG_STEP = "PT10M";

    @BeforeEach
    void setPolicy() {
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("stepDelays", List.of(LONG_STEP), "repeat", 1))
                .when().put("/api/escalation-policies/az-decline").then().statusCode(200);
    }

    @AfterEach
    void removePolicy() {
        given().auth().oauth2(coordinator()).when().delete("/api/escalation-policies/az-decline");
    }

    @Test
    void aDeclinePagesTheNextCandidateAtOnceAndIsPublished() {
        var first = fixtures.volunteer();
        var second = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-decline", first, second);
        UUID pageId = awaitPage(referralId, 1);

        given().auth().oauth2(volunteer(first.id())).when().post("/api/pages/" + pageId + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(second.phone()).size() == 1);
        ConsumerRecord<String, String> declined = kafka.awaitRecord(Topics.NOTIFICATION_EVENTS,
                r -> referralId.toString().equals(r.key()) && r.value().contains("page.declined.v1"));
        EventSchemas.assertConforms(declined.value());
        assertThat(declined.value()).contains(first.id().toString());

        // declining again changes nothing; only the paged volunteer may decline
        given().auth().oauth2(volunteer(first.id())).when().post("/api/pages/" + pageId + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED"));
        UUID secondPage = awaitPage(referralId, 2);
        given().auth().oauth2(volunteer(first.id())).when().post("/api/pages/" + secondPage + "/decline")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(coordinator()).queryParam("referralId", referralId.toString())
                .when().get("/api/pages").then().body("status", equalTo(List.of("DECLINED", "AWAITING")));
    }

    @Test
    void whoDeclinedIsNotPagedAgainInTheNextRoundAndADeclineAfterAnAcknowledgementIsRefused() {
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("stepDelays", List.of(LONG_STEP, "PT3S"), "repeat", 1))
                .when().put("/api/escalation-policies/az-decline-rounds").then().statusCode(200);
        var first = fixtures.volunteer();
        var second = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-decline-rounds", first, second);
        UUID firstPage = awaitPage(referralId, 1);

        given().auth().oauth2(volunteer(first.id())).when().post("/api/pages/" + firstPage + "/decline")
                .then().statusCode(200);

        // the second candidate lets step 2 pass; round two skips the first (step 3) and pages the second (step 4)
        UUID fourth = awaitPage(referralId, 4);
        given().auth().oauth2(volunteer(second.id())).when().post("/api/pages/" + fourth + "/acknowledge")
                .then().statusCode(200);
        given().auth().oauth2(volunteer(second.id())).when().post("/api/pages/" + fourth + "/decline")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(coordinator()).queryParam("referralId", referralId.toString())
                .when().get("/api/pages").then()
                .body("step", equalTo(List.of(1, 2, 4)))
                .body("status", equalTo(List.of("DECLINED", "EXPIRED", "ACKNOWLEDGED")));
        assertThat(sms.receivedBy(first.phone())).hasSize(1);
    }

    @Test
    void theAnswerLinkOffersADeclineButtonThatMovesOnAtOnce() {
        var first = fixtures.volunteer();
        var second = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-decline", first, second);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(first.phone()).size() == 1);
        String text = sms.receivedBy(first.phone()).get(0).text();
        String link = URI.create(text.substring(text.indexOf("http"))).getPath();

        given().when().get(link).then().statusCode(200)
                .body(containsString("action=\"" + link + "/decline\""), containsString("Ik kan niet"));
        given().when().post(link.substring(0, link.length() - 4) + "AAAA/decline").then().statusCode(404);
        given().when().post(link + "/decline").then().statusCode(200).body(containsString("iemand anders"));

        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(second.phone()).size() == 1);
        // the same link used again changes nothing, and says so
        given().when().post(link + "/decline").then().statusCode(409)
                .contentType(containsString("text/html")).body(containsString("al gebruikt"));
    }

    private UUID awaitPage(UUID referralId, int step) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> ids = given().auth().oauth2(coordinator())
                    .queryParam("referralId", referralId.toString())
                    .when().get("/api/pages")
                    .then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.step == " + step + " }.id", String.class);
            return ids.isEmpty() ? null : UUID.fromString(ids.get(0));
        }, id -> id != null);
    }
}
