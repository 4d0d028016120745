package be.koepel.notification.paging;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.Topics;
import be.koepel.notification.ServiceTestBase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A forged, expired or used answer link gets a page a phone can show, and changes nothing. */
@QuarkusTest
class AnswerLinkExpiryTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AnswerLinks links;

    @Test
    void anExpiredLinkShowsThatItExpiredAndNeitherAcknowledgesNorDeclines() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-expired-link", peer);
        UUID pageId = awaitPage(referralId);
        String expired = URI.create(links.linkExpiringAt(pageId, Instant.now().minusSeconds(1).getEpochSecond())).getPath();

        given().when().get(expired).then().statusCode(410)
                .contentType(containsString("text/html")).body(containsString("verlopen"));
        given().when().post(expired).then().statusCode(410)
                .contentType(containsString("text/html")).body(containsString("verlopen"));
        given().when().post(expired + "/decline").then().statusCode(410).body(containsString("verlopen"));

        page(pageId).body("status", equalTo("AWAITING")).body("answeredAt", equalTo(null));
    }

    @Test
    void aForgedLinkGetsAPageSayingItIsNotValidNotJson() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-forged-link", peer);
        UUID pageId = awaitPage(referralId);
        String genuine = linkInTheSmsTo(peer.phone());
        // a later expiry with the signature of the genuine link: not what was signed
        String[] parts = genuine.split("/");
        String stretched = "/a/" + pageId + "/" + (Long.parseLong(parts[3]) + 86_400) + "/" + parts[4];

        given().when().get(stretched).then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("niet geldig"));
        given().when().post(stretched).then().statusCode(404).contentType(containsString("text/html"));
        given().when().post("/a/not-a-page/123/abc").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("niet geldig"));
        given().when().get("/a/" + UUID.randomUUID() + "/" + parts[3] + "/" + parts[4]).then().statusCode(404)
                .contentType(containsString("text/html"));

        page(pageId).body("status", equalTo("AWAITING"));
    }

    @Test
    void aReusedAcknowledgeLinkSaysItWasUsedAndChangesNothing() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-reused-link", peer);
        UUID pageId = awaitPage(referralId);
        String link = linkInTheSmsTo(peer.phone());
        given().when().post(link).then().statusCode(200).body(containsString("bevestigd"));
        String answeredAt = page(pageId).extract().path("answeredAt");

        given().when().post(link).then().statusCode(409)
                .contentType(containsString("text/html")).body(containsString("al gebruikt"));
        given().when().get(link).then().statusCode(409).body(containsString("al gebruikt"));
        given().when().post(link + "/decline").then().statusCode(409).body(containsString("al gebruikt"));

        page(pageId).body("status", equalTo("ACKNOWLEDGED")).body("answeredAt", equalTo(answeredAt));
        kafka.awaitRecord(Topics.NOTIFICATION_EVENTS,
                r -> referralId.toString().equals(r.key()) && r.value().contains("page.acknowledged.v1"));
        assertThat(kafka.readAll(Topics.NOTIFICATION_EVENTS,
                r -> referralId.toString().equals(r.key()) && r.value().contains("page.acknowledged.v1"),
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void aLinkStillAcknowledgesAfterTheStepDeadlineWhileItIsValid() {
        var peer = fixtures.volunteer();
        var next = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-late-link", peer, next);
        UUID pageId = awaitPage(referralId);
        String link = linkInTheSmsTo(peer.phone());
        await().atMost(WAIT).until(() -> sms.receivedBy(next.phone()).size() == 1);

        given().when().post(link).then().statusCode(200).body(containsString("bevestigd"));

        page(pageId).body("status", equalTo("ACKNOWLEDGED"));
    }

    private String linkInTheSmsTo(String phone) {
        String text = await().atMost(WAIT).until(() -> sms.receivedBy(phone), texts -> texts.size() == 1).get(0).text();
        return URI.create(text.substring(text.indexOf("http")).trim()).getPath();
    }

    private UUID awaitPage(UUID referralId) {
        return UUID.fromString(await().atMost(WAIT).until(() -> given().auth().oauth2(coordinator())
                .queryParam("referralId", referralId.toString()).when().get("/api/pages").then().statusCode(200)
                .extract().jsonPath().getString("[0].id"), id -> id != null));
    }

    private static io.restassured.response.ValidatableResponse page(UUID pageId) {
        return given().auth().oauth2(coordinator()).when().get("/api/pages/" + pageId).then().statusCode(200);
    }
}
