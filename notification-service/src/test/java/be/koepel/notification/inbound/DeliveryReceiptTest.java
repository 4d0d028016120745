package be.koepel.notification.inbound;

import static be.koepel.testing.Tokens.coordinator;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import be.koepel.notification.ServiceTestBase;
import be.koepel.testing.SmsGatewayStub;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The gateway reports delivery of each SMS; the page's timeline shows it. */
@QuarkusTest
class DeliveryReceiptTest extends ServiceTestBase {

    /** Above the stub's catch-all answer, which names no message id. */
    private static final int BEFORE_THE_CATCH_ALL = 1;

    @ConfigProperty(name = "koepel.sms.inbound-secret")
    String secret;

    @Test
    void aDeliveredReceiptMarksThePageDelivered() {
        var peer = fixtures.volunteer();
        String messageId = gatewayNamesMessagesTo(peer.phone());
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, peer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> timeline(referralId).body("[0].delivery", equalTo("SENT")));

        receipt("{\"messageId\":\"" + messageId + "\",\"status\":\"delivered\"}")
                .statusCode(200).body("outcome", equalTo("DELIVERED"));

        timeline(referralId).body("[0].delivery", equalTo("DELIVERED")).body("[0].deliveredAt", notNullValue());
    }

    @Test
    void anUndeliveredReceiptMarksThePageFailedWithTheReason() {
        var peer = fixtures.volunteer();
        String messageId = gatewayNamesMessagesTo(peer.phone());
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, peer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> timeline(referralId).body("[0].delivery", equalTo("SENT")));

        receipt("{\"messageId\":\"" + messageId + "\",\"status\":\"undelivered\"}")
                .statusCode(200).body("outcome", equalTo("FAILED"));

        timeline(referralId).body("[0].delivery", equalTo("FAILED"))
                .body("[0].lastDeliveryError", equalTo("gateway receipt: undelivered"));
    }

    @Test
    void aReceiptWithABadSignatureGets401AndAnUnknownMessageIsAcknowledgedWithoutEffect() {
        String body = "{\"messageId\":\"nobody-knows\",\"status\":\"delivered\"}";
        given().contentType(ContentType.JSON).header(InboundSmsResource.SIGNATURE_HEADER,
                WebhookSignature.sign("not-the-shared-secret", body)).body(body)
                .when().post("/api/sms/receipts").then().statusCode(401).contentType("application/problem+json");
        receipt(body).statusCode(200).body("outcome", equalTo("UNKNOWN_MESSAGE"));
        receipt("{\"status\":\"\"}").statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("messageId", "status"));
    }

    /** The stub answers SMS to this number with a message id, as real gateways do. */
    private String gatewayNamesMessagesTo(String phone) {
        String messageId = "msg-" + UUID.randomUUID();
        new WireMock("localhost", URI.create(gatewayUrl).getPort()).register(post(urlEqualTo(SmsGatewayStub.PATH))
                .atPriority(BEFORE_THE_CATCH_ALL)
                .withRequestBody(matchingJsonPath("$.to", com.github.tomakehurst.wiremock.client.WireMock.equalTo(phone)))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + messageId + "\",\"status\":\"queued\"}")));
        return messageId;
    }

    private ValidatableResponse receipt(String body) {
        return given().contentType(ContentType.JSON)
                .header(InboundSmsResource.SIGNATURE_HEADER, WebhookSignature.sign(secret, body))
                .body(body).when().post("/api/sms/receipts").then();
    }

    private static ValidatableResponse timeline(UUID referralId) {
        return given().auth().oauth2(coordinator()).queryParam("referralId", referralId.toString())
                .when().get("/api/pages").then().statusCode(200);
    }
}
