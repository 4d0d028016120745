package be.koepel.notification.delivery;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.notification.ServiceTestBase;
import be.koepel.notification.paging.PagingFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages by Web Push: encrypted for each of the volunteer's browsers (RFC 8291) and sent with VAPID
 * (RFC 8292) to a push service stub, which the test decrypts with the browser's own keys. A gone
 * subscription is deleted and the page fails over; a push service error is retried; the
 * subscription endpoints keep each volunteer to their own browsers.
 */
@QuarkusTest
class WebPushTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    /** Far beyond the test: the SMS after web push only goes out by failover. */
    static final int SMS_LATER_SECONDS = 600;

    @ConfigProperty(name = "koepel.webpush.public-key")
    String vapidPublicKey;

    @ConfigProperty(name = "koepel.webpush.subject")
    String vapidSubject;

    @ConfigProperty(name = "koepel.webpush.ttl")
    Duration ttl;

    WireMockServer pushService;

    @BeforeEach
    void startPushService() {
        pushService = new WireMockServer(wireMockConfig().dynamicPort());
        pushService.start();
    }

    @AfterEach
    void stopPushService() {
        pushService.stop();
    }

    @Test
    void aPageIsPushedEncryptedToEachBrowserOfTheVolunteerWithVapidAndOnlyThePageTextAndItsLinks() throws Exception {
        longSteps("az-push-sent");
        PushBrowser phone = browser(201);
        PushBrowser laptop = browser(201);
        String number = PagingFixtures.newPhone();
        var peer = fixtures.volunteerWith(number, List.of(
                new ContactChannel(ContactChannel.WEB_PUSH, "Telefoon", 0, 0),
                new ContactChannel(ContactChannel.SMS, number, 1, SMS_LATER_SECONDS)));
        phone.register(volunteer(peer.id())).statusCode(201);
        laptop.register(volunteer(peer.id())).statusCode(201);
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, "az-push-sent", peer);

        for (PushBrowser browser : List.of(phone, laptop)) {
            LoggedRequest push = await().atMost(WAIT).until(() -> received(browser), r -> r.size() == 1).get(0);
            assertThat(push.getHeader("Content-Encoding")).isEqualTo("aes128gcm");
            assertThat(push.getHeader("TTL")).isEqualTo(String.valueOf(ttl.toSeconds()));
            assertThat(push.getHeader("Urgency")).isEqualTo("high");
            assertVapid(push.getHeader("Authorization"));

            JsonNode payload = new ObjectMapper().readTree(browser.decrypt(push.getBody()));
            assertThat(fieldNames(payload)).containsExactly("title", "body", "url", "acknowledgeUrl", "declineUrl", "sentAt");
            String text = payload.get("body").asText();
            assertThat(text).startsWith("Koepel spoedoproep: ").contains("Spoedgevallen", "Box 4", "Taal: nl");
            String link = payload.get("acknowledgeUrl").asText();
            assertThat(link).contains("/a/");
            assertThat(text).endsWith("Bevestig: " + link);
            assertThat(payload.get("url").asText()).isEqualTo(link);
            assertThat(payload.get("declineUrl").asText()).isEqualTo(link + "/decline");
            // what a page may say is PageText's: place, language and link, never a person
            assertThat(text).isEqualTo(PageText.compose("AZ Turnhout", "Spoedgevallen", "Box 4", "nl", link));
            assertThat(payload.toString()).doesNotContain("Peer ").doesNotContain(peer.id().toString());
        }
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath page = timeline(referralId);
            assertThat(page.getList("[0].deliveries.channel", String.class)).containsExactly("webpush", "sms");
            assertThat(page.getList("[0].deliveries.status", String.class)).containsExactly("SENT", "PENDING");
            assertThat(page.getString("[0].channel")).isEqualTo("webpush");
        });
        assertThat(sms.receivedBy(number)).isEmpty();
        given().auth().oauth2(volunteer(peer.id())).when().get("/api/push-subscriptions").then().statusCode(200)
                .body("total", equalTo(2)).body("items.lastSuccessAt", not(hasItem((Object) null)))
                .body("items.pushService", containsInAnyOrder(pushService.baseUrl(), pushService.baseUrl()));
    }

    @Test
    void aSubscriptionThePushServiceCallsGoneIsDeletedAndThePageFailsOverToSmsAtOnce() {
        longSteps("az-push-gone");
        PushBrowser gone = browser(410);
        String number = PagingFixtures.newPhone();
        var peer = fixtures.volunteerWith(number, List.of(
                new ContactChannel(ContactChannel.WEB_PUSH, "Telefoon", 0, 0),
                new ContactChannel(ContactChannel.SMS, number, 1, SMS_LATER_SECONDS)));
        gone.register(volunteer(peer.id())).statusCode(201);
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, "az-push-gone", peer);

        await().atMost(WAIT).until(() -> sms.receivedBy(number).size() == 1);
        assertThat(received(gone)).hasSize(1);
        given().auth().oauth2(volunteer(peer.id())).when().get("/api/push-subscriptions").then().statusCode(200)
                .body("total", equalTo(0));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath page = timeline(referralId);
            assertThat(page.getList("[0].deliveries.channel", String.class)).containsExactly("webpush", "sms");
            assertThat(page.getList("[0].deliveries.status", String.class)).containsExactly("FAILED", "SENT");
            assertThat(page.getInt("[0].deliveries[0].attempts")).isEqualTo(1);
            assertThat(page.getString("[0].deliveries[0].error")).contains("gone");
        });
    }

    @Test
    void aPushServiceErrorIsRetriedWithBackoffAndTheNextMethodWaits() {
        longSteps("az-push-retry");
        PushBrowser busy = new PushBrowser(pushService.baseUrl() + "/push/" + UUID.randomUUID());
        String path = pathOf(busy);
        pushService.stubFor(post(urlEqualTo(path)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("ready"));
        pushService.stubFor(post(urlEqualTo(path)).inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(aResponse().withStatus(201)));
        String number = PagingFixtures.newPhone();
        var peer = fixtures.volunteerWith(number, List.of(
                new ContactChannel(ContactChannel.WEB_PUSH, "Telefoon", 0, 0),
                new ContactChannel(ContactChannel.SMS, number, 1, SMS_LATER_SECONDS)));
        busy.register(volunteer(peer.id())).statusCode(201);
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, "az-push-retry", peer);

        await().atMost(WAIT).until(() -> received(busy).size() == 2);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath page = timeline(referralId);
            assertThat(page.getList("[0].deliveries.status", String.class)).containsExactly("SENT", "PENDING");
            assertThat(page.getInt("[0].deliveries[0].attempts")).isEqualTo(2);
        });
        assertThat(sms.receivedBy(number)).isEmpty();
    }

    @Test
    void aVolunteerRegistersListsAndRemovesOnlyTheirOwnBrowsersAndACoordinatorMayListAndRemoveAny() {
        UUID owner = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        PushBrowser browser = new PushBrowser("https://push.example.org/send/" + UUID.randomUUID());

        String location = browser.register(volunteer(owner)).statusCode(201)
                .header("Location", startsWith("http")).body("volunteerId", equalTo(owner.toString()))
                .body("pushService", equalTo("https://push.example.org")).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        browser.register(volunteer(owner)).statusCode(200).body("id", equalTo(id));

        given().contentType(ContentType.JSON).body(browser.subscription()).when().post("/api/push-subscriptions")
                .then().statusCode(401);
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(browser.subscription())
                .when().post("/api/push-subscriptions").then().statusCode(403);
        given().auth().oauth2(volunteer(other)).when().get("/api/push-subscriptions").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(volunteer(other)).queryParam("volunteerId", owner.toString())
                .when().get("/api/push-subscriptions").then().statusCode(403);
        given().auth().oauth2(volunteer(other)).when().delete("/api/push-subscriptions/" + id).then().statusCode(404);
        given().when().delete("/api/push-subscriptions/" + id).then().statusCode(401);
        given().auth().oauth2(volunteer(owner)).when().get("/api/push-subscriptions").then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("items[0]", not(org.hamcrest.Matchers.hasKey("endpoint")));
        given().auth().oauth2(coordinator()).queryParam("volunteerId", owner.toString())
                .when().get("/api/push-subscriptions").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(coordinator()).when().delete("/api/push-subscriptions/" + id).then().statusCode(204);
        given().auth().oauth2(volunteer(owner)).when().get("/api/push-subscriptions").then().statusCode(200)
                .body("total", equalTo(0));

        PushBrowser again = new PushBrowser("https://push.example.org/send/" + UUID.randomUUID());
        String second = again.register(volunteer(owner)).statusCode(201).extract().path("id");
        given().auth().oauth2(volunteer(owner)).when().delete("/api/push-subscriptions/" + second).then().statusCode(204);
    }

    @Test
    void aBadSubscriptionIsRefusedWithProblemJsonNamingEachFieldAndNothingIsStored() {
        UUID owner = UUID.randomUUID();
        PushBrowser browser = new PushBrowser("https://push.example.org/send/" + UUID.randomUUID());
        Map<String, Object> badEndpoint = Map.of("endpoint", "ftp://push.example.org/x",
                "keys", Map.of("p256dh", browser.p256dh(), "auth", "AAAAAAAAAAAAAAAAAAAAAA"));
        Map<String, Object> badKeys = Map.of("endpoint", "not a url at all",
                "keys", Map.of("p256dh", "BAAA", "auth", "too-short"));

        given().auth().oauth2(volunteer(owner)).contentType(ContentType.JSON).body(badEndpoint)
                .when().post("/api/push-subscriptions").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", equalTo(List.of("endpoint")));
        given().auth().oauth2(volunteer(owner)).contentType(ContentType.JSON).body(badKeys)
                .when().post("/api/push-subscriptions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("endpoint", "keys.p256dh", "keys.auth"));
        given().auth().oauth2(volunteer(owner)).contentType(ContentType.JSON).body(Map.of("endpoint", browser.endpoint))
                .when().post("/api/push-subscriptions").then().statusCode(400)
                .body("violations.field", equalTo(List.of("keys")));
        given().auth().oauth2(volunteer(owner)).when().get("/api/push-subscriptions").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theBrowserGetsTheVapidPublicKeyToSubscribeWith() {
        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get("/api/push/vapid-public-key").then()
                .statusCode(200).body("publicKey", equalTo(vapidPublicKey));
        given().when().get("/api/push/vapid-public-key").then().statusCode(401);
        given().when().get("/push/sw.js").then().statusCode(200);
        given().when().get("/push/index.html").then().statusCode(200);
    }

    /** {@code vapid t=<ES256 JWT>, k=<public key>}: signed by our key, for this push service's origin, not expired. */
    private void assertVapid(String authorization) throws Exception {
        assertThat(authorization).startsWith("vapid t=");
        String[] parts = authorization.substring("vapid ".length()).split(",\\s*");
        String token = parts[0].substring("t=".length());
        assertThat(parts[1]).isEqualTo("k=" + vapidPublicKey);
        String[] jwt = token.split("\\.");
        Base64.Decoder base64url = Base64.getUrlDecoder();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(base64url.decode(jwt[0])).get("alg").asText()).isEqualTo("ES256");
        JsonNode claims = json.readTree(base64url.decode(jwt[1]));
        assertThat(claims.get("aud").asText()).isEqualTo(pushService.baseUrl());
        assertThat(claims.get("sub").asText()).isEqualTo(vapidSubject);
        Instant expires = Instant.ofEpochSecond(claims.get("exp").asLong());
        assertThat(expires).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(24)));
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(vapidKey());
        es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(base64url.decode(jwt[2]))).as("signed with the VAPID private key").isTrue();
    }

    private ECPublicKey vapidKey() throws Exception {
        byte[] point = Base64.getUrlDecoder().decode(vapidPublicKey);
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(w, parameters.getParameterSpec(ECParameterSpec.class)));
    }

    /** A browser subscribed at the stub, whose push service answers every push with {@code status}. */
    private PushBrowser browser(int status) {
        PushBrowser browser = new PushBrowser(pushService.baseUrl() + "/push/" + UUID.randomUUID());
        pushService.stubFor(post(urlEqualTo(pathOf(browser))).willReturn(aResponse().withStatus(status)));
        return browser;
    }

    private List<LoggedRequest> received(PushBrowser browser) {
        return pushService.findAll(postRequestedFor(urlEqualTo(pathOf(browser))));
    }

    private static String pathOf(PushBrowser browser) {
        return java.net.URI.create(browser.endpoint).getPath();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private void longSteps(String hospital) {
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("stepDelays", List.of("PT40S"), "repeat", 0))
                .when().put("/api/escalation-policies/" + hospital).then().statusCode(200);
    }

    private static JsonPath timeline(UUID referralId) {
        return await().atMost(WAIT).until(() -> given().auth().oauth2(coordinator())
                .queryParam("referralId", referralId.toString()).when().get("/api/pages").then().statusCode(200)
                .extract().jsonPath(), path -> path.getString("[0].id") != null);
    }
}
