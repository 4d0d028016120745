package be.koepel.referral.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookUrlGuardTest {

    @Test
    void outsideDevAWebhookMayNotPointAtLoopbackLinkLocalOrPrivateAddresses() {
        assertThat(WebhookUrlGuard.refuse("https://127.0.0.1/hook", false)).isPresent();
        assertThat(WebhookUrlGuard.refuse("https://localhost/hook", false)).isPresent();
        assertThat(WebhookUrlGuard.refuse("https://169.254.169.254/latest/meta-data", false)).isPresent();
        assertThat(WebhookUrlGuard.refuse("https://[::1]/hook", false)).isPresent();
        assertThat(WebhookUrlGuard.refuse("https://[fe80::1]/hook", false)).isPresent();
        assertThat(WebhookUrlGuard.refuse("https://10.0.0.5/hook", false)).isPresent();
        assertThat(WebhookUrlGuard.refuse("https://0.0.0.0/hook", false)).isPresent();
        assertThat(WebhookUrlGuard.refuse("https://[fd12:3456::1]/hook", false)).as("IPv6 unique local").isPresent();
        assertThat(WebhookUrlGuard.refuse("https://[::ffff:127.0.0.1]/hook", false)).as("IPv4-mapped loopback").isPresent();
        assertThat(WebhookUrlGuard.refuse("https://100.100.100.200/hook", false)).as("shared address space").isPresent();
        assertThat(WebhookUrlGuard.refuse("https://100.128.0.1/hook", false)).as("just past 100.64/10").isEmpty();
    }

    @Test
    void outsideDevOnlyHttpsWithoutCredentialsIsAccepted() {
        assertThat(WebhookUrlGuard.refuse("http://93.184.216.34/hook", false)).contains("must use https");
        assertThat(WebhookUrlGuard.refuse("ftp://93.184.216.34/hook", false)).contains("must use https");
        assertThat(WebhookUrlGuard.refuse("https://user:pw@93.184.216.34/hook", false)).isPresent();
        assertThat(WebhookUrlGuard.refuse("not a url", false)).isPresent();
        assertThat(WebhookUrlGuard.refuse("https://93.184.216.34/hook", false)).isEmpty();
    }

    @Test
    void inDevLoopbackOverPlainHttpIsAllowed() {
        assertThat(WebhookUrlGuard.refuse("http://127.0.0.1:8080/hook", true)).isEmpty();
    }

    @Test
    void aDeliverySignatureIsTheHmacOfTimestampAndBody() {
        assertThat(WebhookSignature.header("secret", 1700000000L, "{}"))
                .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("secret", "1700000000.{}"))
                .matches("t=1700000000,v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.header("other", 1700000000L, "{}"))
                .isNotEqualTo(WebhookSignature.header("secret", 1700000000L, "{}"));
    }

    @Test
    void theWaitBetweenAttemptsDoublesUpToItsMaximum() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(5);
        assertThat(WebhookDelivery.backoff(1, initial, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(WebhookDelivery.backoff(2, initial, max)).isEqualTo(Duration.ofSeconds(60));
        assertThat(WebhookDelivery.backoff(3, initial, max)).isEqualTo(Duration.ofSeconds(120));
        assertThat(WebhookDelivery.backoff(5, initial, max)).isEqualTo(max);
        assertThat(WebhookDelivery.backoff(40, initial, max)).isEqualTo(max);
    }
}
