package be.koepel.notification.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.Startup;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The VAPID settings are checked when the service starts, and a bad one is named by its key. */
class VapidTest {

    private static final String PUBLIC = "BL2MAyPT4Jqw6kdVGadAJBJWTrycYBX7jTcoLIHMqwaNLZTq3_GXttT4VJgmBUGjOmM_j4adsCXrUGVjc5HjvpM";
    private static final String PRIVATE = "RYSbJaYoQC7t0KyQ9Ut3VzdqJuhhLdMQsstURc9u4KM";
    /** The private key of another pair. */
    private static final String OTHER_PRIVATE = "asWEhzgIAxIgERjF3pp-j0Gy6SVlF1b4ULdLBPDK8w0";

    @Test
    void aMatchingKeyPairAndSubjectGiveThePublicKeyForBrowsers() {
        Vapid vapid = new Vapid(config(true, "mailto:ops@koepel.be", PUBLIC, PRIVATE, "high"));
        assertThat(vapid.publicKey()).contains(PUBLIC);
        assertThat(vapid.ttlSeconds()).isEqualTo(900);
        assertThat(Vapid.class.isAnnotationPresent(Startup.class)).as("checked when the service starts").isTrue();
    }

    @Test
    void disabledNeedsNoKeysAndOffersNone() {
        Vapid vapid = new Vapid(config(false, null, null, null, "high"));
        assertThat(vapid.enabled()).isFalse();
        assertThat(vapid.publicKey()).isEmpty();
    }

    @Test
    void aMissingOrBadSettingStopsTheStartWithItsKeyNamed() {
        assertThatThrownBy(() -> new Vapid(config(true, null, PUBLIC, PRIVATE, "high")))
                .hasMessageContaining("koepel.webpush.subject");
        assertThatThrownBy(() -> new Vapid(config(true, "ops@koepel.be", PUBLIC, PRIVATE, "high")))
                .hasMessageContaining("koepel.webpush.subject");
        assertThatThrownBy(() -> new Vapid(config(true, "mailto:ops@koepel.be", null, PRIVATE, "high")))
                .hasMessageContaining("koepel.webpush.public-key");
        assertThatThrownBy(() -> new Vapid(config(true, "mailto:ops@koepel.be", PUBLIC, OTHER_PRIVATE, "high")))
                .hasMessageContaining("koepel.webpush.public-key").hasMessageContaining("koepel.webpush.private-key");
        assertThatThrownBy(() -> new Vapid(config(true, "mailto:ops@koepel.be", PUBLIC, "not base64!", "high")))
                .hasMessageContaining("koepel.webpush.private-key");
        assertThatThrownBy(() -> new Vapid(config(false, null, null, null, "urgent")))
                .hasMessageContaining("koepel.webpush.urgency");
    }

    private static WebPushConfig config(boolean enabled, String subject, String publicKey, String privateKey,
            String urgency) {
        return new WebPushConfig() {
            public boolean enabled() {
                return enabled;
            }

            public Optional<String> subject() {
                return Optional.ofNullable(subject);
            }

            public Optional<String> publicKey() {
                return Optional.ofNullable(publicKey);
            }

            public Optional<String> privateKey() {
                return Optional.ofNullable(privateKey);
            }

            public Duration ttl() {
                return Duration.ofMinutes(15);
            }

            public String urgency() {
                return urgency;
            }

            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            public boolean requireHttps() {
                return true;
            }
        };
    }
}
