package be.koepel.notification.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.koepel.notification.recipient.Recipient;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS gateway's mappings against a stub that answers as the real APIs do (recorded bodies in resources/twilio). */
class SmsGatewayTwilioTest {

    private static final String SID = "ACa66dd367e3772ec8696f298dd7e528a5";
    private static final String TOKEN = "twilio-auth-token";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";

    private WireMockServer twilio;

    @BeforeEach
    void start() {
        twilio = new WireMockServer(wireMockConfig().dynamicPort());
        twilio.start();
    }

    @AfterEach
    void stop() {
        twilio.stop();
    }

    @Test
    void aPageGoesToTwilioAsTheFormItsMessagesApiTakesWithBasicAuthAndItsSidIsKeptForReceipts() throws DeliveryFailed {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(recorded("message-created.json"))));

        Optional<String> messageId = gateway("twilio", twilio.baseUrl())
                .deliver(recipient("+32470123456"), "Koepel spoedoproep: AZ Turnhout & co");

        assertThat(messageId).contains("SM304417148af644198a0efaceebc965a5");
        twilio.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8))))
                .withRequestBody(equalTo("To=%2B32470123456&From=Koepel&Body="
                        + "Koepel+spoedoproep%3A+AZ+Turnhout+%26+co")));
    }

    @Test
    void aRefusalByTwilioFailsTheDeliveryWithTwiliosErrorCode() {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(recorded("invalid-to.json"))));

        assertThatThrownBy(() -> gateway("twilio", twilio.baseUrl()).deliver(recipient("+3247000"), "page"))
                .isInstanceOf(DeliveryFailed.class)
                .hasMessageContaining("400").hasMessageContaining("error 21211");
    }

    @Test
    void theGenericMappingUsesTheConfiguredFieldNames() throws DeliveryFailed {
        twilio.stubFor(post(urlEqualTo("/send")).willReturn(aResponse().withStatus(202)));

        gateway("generic", twilio.baseUrl() + "/send").deliver(recipient("+32470123456"), "hallo");

        twilio.verify(postRequestedFor(urlEqualTo("/send"))
                .withRequestBody(equalTo("{\"recipient\":\"+32470123456\",\"message\":\"hallo\"}")));
    }

    @Test
    void twilioWithoutItsAccountIsAFailedDeliveryNotACrash() {
        SmsGateway incomplete = settings("twilio", twilio.baseUrl(), null).gateway();
        assertThatThrownBy(() -> incomplete.deliver(recipient("+32470123456"), "page"))
                .isInstanceOf(DeliveryFailed.class).hasMessageContaining("account-sid");
    }

    private static SmsGateway gateway(String mapping, String url) {
        return settings(mapping, url, SID).gateway();
    }

    private static SmsSettings settings(String mapping, String url, String accountSid) {
        SmsSettings settings = SmsSettings.generic(url);
        settings.mapping = mapping;
        settings.toField = "recipient";
        settings.textField = "message";
        settings.accountSid = accountSid;
        settings.authToken = TOKEN;
        settings.twilioFrom = "Koepel";
        return settings;
    }

    private static Recipient recipient(String phone) {
        Recipient recipient = new Recipient();
        recipient.displayName = "Peer";
        recipient.smsNumber = phone;
        return recipient;
    }

    private static String recorded(String name) {
        try (InputStream in = SmsGatewayTwilioTest.class.getResourceAsStream("/twilio/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
