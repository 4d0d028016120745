package be.koepel.notification.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "shared-with-the-gateway";
    private static final String BODY = "{\"from\":\"+32470000001\",\"text\":\"OK\"}";

    @Test
    void theSignatureOfTheExactBodyWithTheSharedSecretIsAccepted() {
        assertThat(WebhookSignature.sign(SECRET, BODY)).startsWith("sha256=").hasSize("sha256=".length() + 64);
        assertThat(WebhookSignature.isValid(SECRET, BODY, WebhookSignature.sign(SECRET, BODY))).isTrue();
    }

    @Test
    void aChangedBodyAnotherSecretOrNoSignatureIsRefused() {
        String signature = WebhookSignature.sign(SECRET, BODY);
        assertThat(WebhookSignature.isValid(SECRET, BODY.replace("OK", "NEE"), signature)).isFalse();
        assertThat(WebhookSignature.isValid("another-secret", BODY, signature)).isFalse();
        assertThat(WebhookSignature.isValid(SECRET, BODY, null)).isFalse();
    }

    @Test
    void withoutAConfiguredSecretNothingIsAccepted() {
        assertThat(WebhookSignature.isValid(null, BODY, WebhookSignature.sign(SECRET, BODY))).isFalse();
        assertThat(WebhookSignature.isValid("", BODY, WebhookSignature.sign(SECRET, BODY))).isFalse();
    }
}
