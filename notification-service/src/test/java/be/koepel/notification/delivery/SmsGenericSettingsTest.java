package be.koepel.notification.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.koepel.notification.recipient.Recipient;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.runtime.Startup;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generic SMS mapping's settings against a gateway stub: content type, auth, where the answer
 * names the message, and bad settings that stop the service at start-up with their key named.
 */
class SmsGenericSettingsTest {

    private WireMockServer gateway;

    @BeforeEach
    void start() {
        gateway = new WireMockServer(wireMockConfig().dynamicPort());
        gateway.start();
        gateway.stubFor(post(urlEqualTo("/send")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messages\":[{\"id\":\"m-42\",\"status\":\"queued\"}],\"messageId\":\"top-7\"}")));
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    @Test
    void aFormTemplateGoesOutUrlEncodedWithBasicAuth() throws DeliveryFailed {
        SmsSettings settings = SmsSettings.generic(gateway.baseUrl() + "/send");
        settings.bodyTemplate = "To=${to}&Body=${text}&From=${from}";
        settings.contentType = "form";
        settings.from = "Koepel";
        settings.auth = "basic";
        settings.basicUser = "koepel";
        settings.basicPassword = "s3cret:pw";

        settings.gateway().deliver(recipient("+32470123456"), "Box 7 & co");

        gateway.verify(postRequestedFor(urlEqualTo("/send"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString("koepel:s3cret:pw".getBytes(StandardCharsets.UTF_8))))
                .withRequestBody(equalTo("To=%2B32470123456&Body=Box+7+%26+co&From=Koepel")));
    }

    @Test
    void theFormerApiKeyStillBecomesABearerTokenAndNoAuthSendsNone() throws DeliveryFailed {
        SmsSettings legacy = SmsSettings.generic(gateway.baseUrl() + "/send");
        legacy.apiKey = "old-key";
        legacy.gateway().deliver(recipient("+32470000001"), "een");
        SmsSettings none = SmsSettings.generic(gateway.baseUrl() + "/send");
        none.auth = "none";
        none.apiKey = "ignored-key";
        none.gateway().deliver(recipient("+32470000002"), "twee");

        gateway.verify(postRequestedFor(urlEqualTo("/send")).withHeader("Authorization", equalTo("Bearer old-key"))
                .withRequestBody(equalTo("{\"to\":\"+32470000001\",\"text\":\"een\"}")));
        gateway.verify(postRequestedFor(urlEqualTo("/send")).withHeader("Authorization", absent())
                .withRequestBody(equalTo("{\"to\":\"+32470000002\",\"text\":\"twee\"}")));
    }

    @Test
    void theMessageIdIsReadAtTheConfiguredPointerElseAtTheIdField() throws DeliveryFailed {
        SmsSettings pointer = SmsSettings.generic(gateway.baseUrl() + "/send");
        pointer.idPointer = "/messages/0/id";
        SmsSettings field = SmsSettings.generic(gateway.baseUrl() + "/send");
        field.idField = "messageId";
        SmsSettings nowhere = SmsSettings.generic(gateway.baseUrl() + "/send");

        assertThat(pointer.gateway().deliver(recipient("+32470123456"), "a")).contains("m-42");
        assertThat(field.gateway().deliver(recipient("+32470123456"), "b")).contains("top-7");
        assertThat(nowhere.gateway().deliver(recipient("+32470123456"), "c")).isEmpty();
    }

    @Test
    void badSettingsStopTheGatewayFromStartingWithTheirKeyNamed() {
        assertThat(SmsGateway.class.isAnnotationPresent(Startup.class)).as("checked when the service starts").isTrue();
        refused(s -> s.auth = "token", "koepel.sms.generic.auth");
        refused(s -> s.contentType = "xml", "koepel.sms.generic.content-type");
        refused(s -> s.bodyTemplate = "{\"to\":\"${phone}\",\"text\":\"${text}\"}", "koepel.sms.generic.body-template");
        refused(s -> s.bodyTemplate = "{\"to\":\"${to}\",\"text\":\"${text}\",\"from\":\"${from}\"}", "koepel.sms.generic.from");
        refused(s -> s.auth = "bearer", "koepel.sms.generic.bearer-token");
        refused(s -> {
            s.auth = "basic";
            s.basicUser = "koepel";
        }, "koepel.sms.generic.basic-password");
        refused(s -> {
            s.auth = "header";
            s.headerName = "X-Api-Key";
        }, "koepel.sms.generic.header-value");
        refused(s -> {
            s.auth = "header";
            s.headerName = "Bad Header";
            s.headerValue = "k";
        }, "koepel.sms.generic.header-name");
        refused(s -> s.idPointer = "messages/0/id", "koepel.sms.generic.id-pointer");
    }

    private void refused(Consumer<SmsSettings> change, String key) {
        SmsSettings settings = SmsSettings.generic(gateway.baseUrl() + "/send");
        change.accept(settings);
        assertThatThrownBy(settings::gateway).isInstanceOf(IllegalStateException.class).hasMessageContaining(key);
    }

    private static Recipient recipient(String phone) {
        Recipient recipient = new Recipient();
        recipient.displayName = "Peer";
        recipient.smsNumber = phone;
        return recipient;
    }
}
