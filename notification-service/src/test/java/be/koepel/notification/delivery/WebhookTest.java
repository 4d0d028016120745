package be.koepel.notification.delivery;

import static be.koepel.testing.Tokens.coordinator;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.notification.ServiceTestBase;
import be.koepel.platform.security.HmacSha256;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A volunteer's own webhook gets pages as signed JSON, retried when it refuses. */
@QuarkusTest
class WebhookTest extends ServiceTestBase {

    @ConfigProperty(name = "koepel.webhook.secret")
    String secret;

    WireMockServer endpoint;

    @BeforeEach
    void startEndpoint() {
        endpoint = new WireMockServer(wireMockConfig().dynamicPort());
        endpoint.start();
    }

    @AfterEach
    void stopEndpoint() {
        endpoint.stop();
    }

    @Test
    void aPageIsPostedSignedToTheVolunteersWebhookAndARefusalIsRetried() {
        endpoint.stubFor(post(urlEqualTo("/hook")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ready"));
        endpoint.stubFor(post(urlEqualTo("/hook")).inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(aResponse().withStatus(204)));
        var peer = fixtures.volunteerWithWebhook(endpoint.baseUrl() + "/hook");
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, peer);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> endpoint.findAll(postRequestedFor(urlEqualTo("/hook"))).size() == 2);
        LoggedRequest delivered = endpoint.findAll(postRequestedFor(urlEqualTo("/hook"))).get(1);
        assertThat(delivered.getBodyAsString()).contains("Koepel spoedoproep", "Box 4", "/a/");
        assertThat(delivered.getHeader(WebhookChannel.SIGNATURE_HEADER))
                .isEqualTo(HexFormat.of().formatHex(HmacSha256.of(secret, delivered.getBodyAsString())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(coordinator())
                .queryParam("referralId", referralId.toString()).when().get("/api/pages").then().statusCode(200)
                .body("delivery", equalTo(List.of("SENT"))).body("deliveryAttempts", equalTo(List.of(2))));
    }
}
