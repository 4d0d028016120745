package be.koepel.notification.inbound;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.notification.ServiceTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A peer supporter answers a page by replying OK or NEE to the SMS; the gateway forwards it, signed. */
@QuarkusTest
class InboundSmsTest extends ServiceTestBase {

    @ConfigProperty(name = "koepel.sms.inbound-secret")
    String secret;

    @BeforeEach
    void setPolicy() {
        // steps long enough that only a reply, never a deadline, moves these escalations on
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("stepDelays", List.of("PT10M"), "repeat", 0))
                .when().put("/api/escalation-policies/az-replies").then().statusCode(200);
    }

    @AfterEach
    void removePolicy() {
        given().auth().oauth2(coordinator()).when().delete("/api/escalation-policies/az-replies");
    }

    @Test
    void aSignedOkReplyAcknowledgesTheSendersOpenPage() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-replies", peer);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(peer.phone()).size() == 1);

        reply(peer.phone(), "ok").statusCode(200).body("outcome", equalTo("ACKNOWLEDGED"));

        pages(referralId).body("status", equalTo(List.of("ACKNOWLEDGED")));
        reply(peer.phone(), "OK").statusCode(200).body("outcome", equalTo("NO_OPEN_PAGE"));
    }

    @Test
    void aSignedNeeReplyDeclinesAndPagesTheNextCandidateAtOnce() {
        var first = fixtures.volunteer();
        var second = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-replies", first, second);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(first.phone()).size() == 1);

        reply(first.phone(), "NEE").statusCode(200).body("outcome", equalTo("DECLINED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(second.phone()).size() == 1);
        pages(referralId).body("status", equalTo(List.of("DECLINED", "AWAITING")));
    }

    @Test
    void aReplyWithABadOrMissingSignatureGets401AndChangesNothing() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-replies", peer);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(peer.phone()).size() == 1);
        String body = "{\"from\":\"" + peer.phone() + "\",\"text\":\"OK\"}";

        given().contentType(ContentType.JSON).header(InboundSmsResource.SIGNATURE_HEADER,
                WebhookSignature.sign("not-the-shared-secret", body)).body(body)
                .when().post("/api/sms/inbound").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/sms/inbound").then().statusCode(401);

        pages(referralId).body("status", equalTo(List.of("AWAITING")));
    }

    @Test
    void aSignedReplyWithoutSenderOrTextNamesBothFields() {
        String body = "{\"sender\":\"+32470000000\"}";
        given().contentType(ContentType.JSON).header(InboundSmsResource.SIGNATURE_HEADER, WebhookSignature.sign(secret, body))
                .body(body).when().post("/api/sms/inbound")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("from", "text"));
    }

    @Test
    void aReplyThatIsNeitherOkNorNeeChangesNothing() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-replies", peer);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(peer.phone()).size() == 1);

        reply(peer.phone(), "wie is dit?").statusCode(200).body("outcome", equalTo("NOT_UNDERSTOOD"));

        pages(referralId).body("status", equalTo(List.of("AWAITING")));
    }

    private ValidatableResponse reply(String from, String text) {
        String body = "{\"from\":\"" + from + "\",\"text\":\"" + text + "\"}";
        return given().contentType(ContentType.JSON)
                .header(InboundSmsResource.SIGNATURE_HEADER, WebhookSignature.sign(secret, body))
                .body(body).when().post("/api/sms/inbound").then();
    }

    private static ValidatableResponse pages(UUID referralId) {
        return given().auth().oauth2(coordinator()).queryParam("referralId", referralId.toString())
                .when().get("/api/pages").then().statusCode(200);
    }
}
