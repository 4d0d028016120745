package be.koepel.notification.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.koepel.notification.ServiceTestBase;
import be.koepel.testing.SmsGatewayStub;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A page through the generic SMS mapping as the test profile configures it: a body template with
 * a sender ({@code $${from}}) and the gateway's own key header. The gateway stub sees exactly that.
 */
@QuarkusTest
class SmsGatewayGenericTest extends ServiceTestBase {

    @ConfigProperty(name = "koepel.sms.generic.header-value")
    String gatewayKey;

    @Test
    void aPageGoesOutAsTheTemplatedJsonWithTheSenderAndTheGatewaysKeyHeader() throws Exception {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, peer);

        WireMock stub = new WireMock("localhost", URI.create(gatewayUrl).getPort());
        List<LoggedRequest> sent = await().atMost(Duration.ofSeconds(30)).until(() -> stub.find(
                postRequestedFor(urlEqualTo(SmsGatewayStub.PATH))
                        .withRequestBody(matchingJsonPath("$.to", WireMock.equalTo(peer.phone())))), r -> r.size() == 1);
        LoggedRequest request = sent.get(0);
        JsonNode body = new ObjectMapper().readTree(request.getBodyAsString());
        String text = body.path("text").asText();
        assertThat(text).startsWith("Koepel spoedoproep: ").contains("Box 4", "/a/");
        assertThat(request.getBodyAsString()).isEqualTo("{\"to\":\"" + peer.phone() + "\",\"text\":\""
                + SmsTemplate.jsonEscape(text) + "\",\"from\":\"Koepel\"}");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeader("X-Api-Key")).isEqualTo(gatewayKey).isEqualTo("test-sms-gateway-key");
        assertThat(request.containsHeader("Authorization")).isFalse();
    }
}
