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
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.notification.ServiceTestBase;
import be.koepel.notification.paging.PagingFixtures;
import be.koepel.notification.recipient.ContactMethod;
import be.koepel.notification.recipient.ContactMethods;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page goes to the volunteer's contact methods in their order, each its delay after the one
 * before, until the page is answered or its step ends; a method that fails for good hands over to
 * the next at once. The timeline and the metrics name each channel.
 */
@QuarkusTest
class ContactMethodsTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final int WEBHOOK_DELAY_SECONDS = 3;
    /** Long enough to acknowledge before it, even on a cold, loaded test JVM. */
    static final int LONG_DELAY_SECONDS = 10;

    WireMockServer endpoint;

    @BeforeEach
    void startEndpoint() {
        endpoint = new WireMockServer(wireMockConfig().dynamicPort());
        endpoint.start();
        endpoint.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
        endpoint.stubFor(post(urlEqualTo("/broken")).willReturn(aResponse().withStatus(500)));
    }

    @AfterEach
    void stopEndpoint() {
        endpoint.stop();
    }

    @Test
    void aDelayedSecondMethodIsNotSentWhenThePageIsAcknowledgedBeforeItIsDue() {
        longSteps("az-methods-acknowledged");
        String phone = PagingFixtures.newPhone();
        var peer = fixtures.volunteerWith(phone, List.of(
                new ContactChannel(ContactChannel.SMS, phone, 0, 0),
                new ContactChannel(ContactChannel.WEBHOOK, endpoint.baseUrl() + "/hook", 1, LONG_DELAY_SECONDS)));
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, "az-methods-acknowledged", peer);
        await().atMost(WAIT).until(() -> sms.receivedBy(phone).size() == 1);
        String pageId = timeline(referralId).getString("[0].id");

        given().auth().oauth2(volunteer(peer.id())).when().post("/api/pages/" + pageId + "/acknowledge")
                .then().statusCode(200);

        await().atMost(WAIT).until(() -> "SKIPPED".equals(timeline(referralId).getString("[0].deliveries[1].status")));
        assertThat(endpoint.findAll(postRequestedFor(urlEqualTo("/hook")))).isEmpty();
        JsonPath page = timeline(referralId);
        assertThat(page.getList("[0].deliveries.channel", String.class)).containsExactly("sms", "webhook");
        assertThat(page.getString("[0].deliveries[0].status")).isEqualTo("SENT");
        assertThat(page.getString("[0].channel")).isEqualTo("sms");
        assertThat(sms.receivedBy(phone)).hasSize(1);
    }

    @Test
    void aDelayedSecondMethodGoesOutItsDelayAfterTheFirstWhileThePageIsNotAnswered() {
        longSteps("az-methods-unanswered");
        String phone = PagingFixtures.newPhone();
        var peer = fixtures.volunteerWith(phone, List.of(
                new ContactChannel(ContactChannel.WEBHOOK, endpoint.baseUrl() + "/hook", 1, WEBHOOK_DELAY_SECONDS),
                new ContactChannel(ContactChannel.SMS, phone, 0, 0)));
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, "az-methods-unanswered", peer);

        await().atMost(WAIT).until(() -> endpoint.findAll(postRequestedFor(urlEqualTo("/hook"))).size() == 1);
        JsonPath page = timeline(referralId);
        assertThat(page.getList("[0].deliveries.channel", String.class)).containsExactly("sms", "webhook");
        assertThat(page.getList("[0].deliveries.status", String.class)).containsExactly("SENT", "SENT");
        Instant pagedAt = Instant.parse(page.getString("[0].pagedAt"));
        Instant webhookAt = Instant.parse(page.getString("[0].deliveries[1].sentAt"));
        assertThat(Duration.between(pagedAt, webhookAt)).isGreaterThanOrEqualTo(Duration.ofSeconds(WEBHOOK_DELAY_SECONDS));
        assertThat(page.getString("[0].channel")).isEqualTo("sms");
        // each method once, however long the page waits
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15)).until(() ->
                endpoint.findAll(postRequestedFor(urlEqualTo("/hook"))).size() == 1 && sms.receivedBy(phone).size() == 1);
    }

    @Test
    void aFirstMethodThatFailsForGoodFailsOverToTheNextAtOnceInsteadOfAfterItsDelay() {
        longSteps("az-methods-failover");
        String phone = PagingFixtures.newPhone();
        var peer = fixtures.volunteerWith(phone, List.of(
                new ContactChannel(ContactChannel.WEBHOOK, endpoint.baseUrl() + "/broken", 0, 0),
                new ContactChannel(ContactChannel.SMS, phone, 1, 600)));
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, "az-methods-failover", peer);

        await().atMost(WAIT).until(() -> sms.receivedBy(phone).size() == 1);
        assertThat(endpoint.findAll(postRequestedFor(urlEqualTo("/broken")))).hasSize(5); // koepel.paging.delivery-attempts
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath page = timeline(referralId);
            assertThat(page.getList("[0].deliveries.status", String.class)).containsExactly("FAILED", "SENT");
            assertThat(page.getString("[0].delivery")).isEqualTo("SENT");
            assertThat(page.getString("[0].channel")).isEqualTo("sms");
            assertThat(page.getString("[0].deliveries[0].error")).contains("500");
        });
    }

    @Test
    void aFailingChannelIsCountedUnderItsOwnNameWhileAnotherCarriesThePage() {
        longSteps("az-methods-metrics");
        double webhookFailuresBefore = channelMetric("koepel_pages_delivery_failures_total", "webhook");
        double smsFailuresBefore = channelMetric("koepel_pages_delivery_failures_total", "sms");
        double smsSentBefore = channelMetric("koepel_pages_sent_total", "sms");
        String phone = PagingFixtures.newPhone();
        var peer = fixtures.volunteerWith(phone, List.of(
                new ContactChannel(ContactChannel.SMS, phone, 0, 0),
                new ContactChannel(ContactChannel.WEBHOOK, endpoint.baseUrl() + "/broken", 1, 0)));
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, "az-methods-metrics", peer);

        await().atMost(WAIT).until(() -> endpoint.findAll(postRequestedFor(urlEqualTo("/broken"))).size() >= 2
                && sms.receivedBy(phone).size() == 1);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(channelMetric("koepel_pages_delivery_failures_total", "webhook")).isGreaterThanOrEqualTo(webhookFailuresBefore + 2);
            assertThat(channelMetric("koepel_pages_sent_total", "sms")).isGreaterThanOrEqualTo(smsSentBefore + 1);
        });
        assertThat(channelMetric("koepel_pages_delivery_failures_total", "sms")).isEqualTo(smsFailuresBefore);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain("channel=\"sms,email,webhook,webpush\"");
    }

    @Test
    void aVolunteerWithARegisteredBrowserIsPushedFirstTogetherWithTheirFirstMethod() {
        longSteps("az-methods-push");
        endpoint.stubFor(post(urlEqualTo("/push/phone")).willReturn(aResponse().withStatus(201)));
        String phone = PagingFixtures.newPhone();
        var peer = fixtures.volunteerWith(phone, List.of(new ContactChannel(ContactChannel.SMS, phone, 0, 0)));
        new PushBrowser(endpoint.baseUrl() + "/push/phone").register(volunteer(peer.id())).statusCode(201);
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, "az-methods-push", peer);

        await().atMost(WAIT).until(() -> sms.receivedBy(phone).size() == 1
                && endpoint.findAll(postRequestedFor(urlEqualTo("/push/phone"))).size() == 1);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath page = timeline(referralId);
            assertThat(page.getList("[0].deliveries.channel", String.class)).containsExactly("webpush", "sms");
            assertThat(page.getList("[0].deliveries.status", String.class)).containsExactly("SENT", "SENT");
        });
    }

    @Test
    void webPushTakesThePlaceTheVolunteerGaveItOnceAndWithoutABrowserKeepsOnlyItsDelay() {
        UUID id = UUID.randomUUID();
        String push = id.toString();
        ContactMethod sms = new ContactMethod(0, ContactChannel.SMS, "+32470000001", 0);
        List<ContactMethod> placed = List.of(sms,
                new ContactMethod(1, ContactChannel.WEB_PUSH, "Telefoon", 30),
                new ContactMethod(2, ContactChannel.WEB_PUSH, "Laptop", 20),
                new ContactMethod(3, ContactChannel.EMAIL, "peer@example.org", 60));

        assertThat(ContactMethods.withWebPush(placed, id, true)).containsExactly(sms,
                new ContactMethod(1, ContactChannel.WEB_PUSH, push, 30),
                new ContactMethod(2, null, null, 20),
                new ContactMethod(3, ContactChannel.EMAIL, "peer@example.org", 60));
        assertThat(ContactMethods.withWebPush(placed, id, false)).containsExactly(sms,
                new ContactMethod(1, null, null, 30),
                new ContactMethod(2, null, null, 20),
                new ContactMethod(3, ContactChannel.EMAIL, "peer@example.org", 60));
        assertThat(ContactMethods.withWebPush(List.of(sms, new ContactMethod(1, ContactChannel.EMAIL, "p@example.org", 60)),
                id, true)).containsExactly(
                new ContactMethod(0, ContactChannel.WEB_PUSH, push, 0),
                new ContactMethod(1, ContactChannel.SMS, "+32470000001", 0),
                new ContactMethod(2, ContactChannel.EMAIL, "p@example.org", 60));
        assertThat(ContactMethods.withWebPush(List.of(sms), id, false)).containsExactly(sms);
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

    /** The series of a metric for one channel; 0 while nothing was counted there. */
    private static double channelMetric(String name, String channel) {
        String body = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(line -> line.startsWith(name + "{") && line.contains("channel=\"" + channel + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0.0);
    }
}
