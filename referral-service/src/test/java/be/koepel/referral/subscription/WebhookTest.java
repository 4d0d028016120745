package be.koepel.referral.subscription;

import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.partner;
import static be.koepel.testing.Tokens.referrer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.UniqueDigits;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookTest {

    static final String SECRET = "a-very-long-shared-secret";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

    HttpServer server;
    final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    final AtomicInteger answer = new AtomicInteger(204);

    @BeforeEach
    void startPartnerEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(Map.of("body", body,
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER))));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopPartnerEndpoint() {
        server.stop(0);
    }

    @Test
    void aPartnerNamedInTheConsentGetsASignedPseudonymisedDeliveryAndItsLogShowsIt() {
        String partnerId = "partner-" + UUID.randomUUID();
        String otherPartner = "partner-" + UUID.randomUUID();
        String subscription = subscribe(partnerId);
        String other = subscribe(otherPartner);

        UUID referralId = postErReferralSharingWith(partnerId);
        acknowledge(referralId);

        await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
        Map<String, String> delivery = received.get(0);
        EventSchemas.assertConforms(delivery.get("body"));
        assertThat(delivery.get("body")).contains(EventTypes.TRAJECTORY_STEP_RECORDED, "PEER_ASSIGNED")
                .doesNotContain(referralId.toString(), "Wout");
        String signature = delivery.get("signature");
        String timestamp = signature.substring(2, signature.indexOf(','));
        assertThat(signature).endsWith("v1=" + WebhookSignature.hmac(SECRET, timestamp + "." + delivery.get("body")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(partner(partnerId))
                .when().get(subscription + "/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].lastStatusCode", equalTo(204)));
        given().auth().oauth2(partner(otherPartner)).when().get(other + "/deliveries")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(partner(otherPartner)).when().get(subscription + "/deliveries").then().statusCode(404);
        given().auth().oauth2(hospital("az-turnhout")).when().get(subscription + "/deliveries").then().statusCode(403);
    }

    @Test
    void aFailingEndpointIsRetriedWithBackoffAndTheSubscriptionIsDisabledAfterRepeatedFailures() {
        answer.set(500);
        String partnerId = "partner-" + UUID.randomUUID();
        String subscription = subscribe(partnerId);

        acknowledge(postErReferralSharingWith(partnerId));
        acknowledge(postErReferralSharingWith(partnerId));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(partner(partnerId))
                .when().get(subscription)
                .then().statusCode(200).body("active", equalTo(false)));
        assertThat(received.size()).isGreaterThan(1);
        given().auth().oauth2(partner(partnerId)).when().get(subscription + "/deliveries")
                .then().statusCode(200).body("items.lastStatusCode", hasItem(500));
    }

    @Test
    void anotherPartnerCannotReadOrDeleteASubscriptionAndLearnsNotEvenThatItExists() {
        String owner = "partner-" + UUID.randomUUID();
        String intruder = "partner-" + UUID.randomUUID();
        String subscription = subscribe(owner);
        String id = subscription.substring(subscription.lastIndexOf('/') + 1);
        String unknown = UUID.randomUUID().toString();
        String unknownSubscription = subscription.replace(id, unknown);

        String read = given().auth().oauth2(partner(intruder)).when().get(subscription)
                .then().statusCode(404).contentType("application/problem+json").extract().asString();
        String readUnknown = given().auth().oauth2(partner(intruder)).when().get(unknownSubscription)
                .then().statusCode(404).extract().asString();
        assertThat(read).doesNotContain("127.0.0.1", owner).isEqualTo(readUnknown.replace(unknown, id));

        String deleted = given().auth().oauth2(partner(intruder)).when().delete(subscription)
                .then().statusCode(404).contentType("application/problem+json").extract().asString();
        String deletedUnknown = given().auth().oauth2(partner(intruder)).when().delete(unknownSubscription)
                .then().statusCode(404).extract().asString();
        assertThat(deleted).isEqualTo(deletedUnknown.replace(unknown, id));
        given().auth().oauth2(hospital("az-turnhout")).when().delete(subscription).then().statusCode(403);
        given().auth().oauth2(referrer(owner, "CAW")).when().get(subscription).then().statusCode(403);
        given().when().delete(subscription).then().statusCode(401);

        given().auth().oauth2(partner(owner)).when().get(subscription)
                .then().statusCode(200).body("active", equalTo(true)).body("partnerId", equalTo(owner));
        given().auth().oauth2(partner(intruder)).when().get("/api/subscriptions")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(partner(owner)).when().delete(subscription).then().statusCode(204);
        given().auth().oauth2(partner(owner)).when().get(subscription).then().statusCode(404);
    }

    @Test
    void aSubscriptionNeedsAUrlAndALongSecretAndOnlyAPartnerMakesOne() {
        given().auth().oauth2(partner("caw-de-kempen")).contentType(ContentType.JSON)
                .body("{\"url\": \"ftp://example.org/x\", \"secret\": \"short\"}")
                .when().post("/api/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("secret"));
        given().auth().oauth2(partner("caw-de-kempen")).contentType(ContentType.JSON)
                .body("{\"url\": \"ftp://example.org/x\", \"secret\": \"" + SECRET + "\"}")
                .when().post("/api/subscriptions")
                .then().statusCode(400).body("violations.field", hasItem("url"));
        given().auth().oauth2(referrer("caw-de-kempen", "CAW")).contentType(ContentType.JSON)
                .body("{\"url\": \"https://example.org/x\", \"secret\": \"" + SECRET + "\"}")
                .when().post("/api/subscriptions")
                .then().statusCode(403);
    }

    private String subscribe(String partnerId) {
        return given().auth().oauth2(partner(partnerId)).contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:" + server.getAddress().getPort() + "/hook\", \"secret\": \""
                        + SECRET + "\"}")
                .when().post("/api/subscriptions")
                .then().statusCode(201).body("active", equalTo(true)).body("secret", org.hamcrest.Matchers.nullValue())
                .extract().header("Location");
    }

    private UUID postErReferralSharingWith(String partnerId) {
        String phone = "+32 470 " + UniqueDigits.next();
        String location = given().auth().oauth2(hospital("az-turnhout")).contentType(ContentType.JSON)
                .body("""
                        {"channel": "ER", "er": {"department": "Spoed", "room": "Box 9"},
                         "person": {"firstName": "Wout", "phone": "%s", "language": "nl"},
                         "consent": {"contactByPeer": true, "shareWithPartners": true, "partners": ["%s"]}}"""
                        .formatted(phone, partnerId))
                .when().post("/api/referrals").then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private void acknowledge(UUID referralId) {
        PageAcknowledged data = new PageAcknowledged(UUID.randomUUID(), referralId, UUID.randomUUID(), Instant.now());
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send(Topics.NOTIFICATION_EVENTS, referralId.toString(), codec.encode(codec.wrap(
                    "koepel/notification-service", EventTypes.PAGE_ACKNOWLEDGED, referralId.toString(), data)));
        }
    }
}
