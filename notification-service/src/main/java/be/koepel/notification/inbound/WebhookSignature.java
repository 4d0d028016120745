package be.koepel.notification.inbound;

import be.koepel.platform.security.HmacSha256;
import java.util.HexFormat;

/**
 * The signature an SMS gateway puts on its callbacks: {@code sha256=<hex HMAC-SHA256 of the raw
 * body>} with a secret shared with the gateway. It is the gateway's only credential, so the
 * comparison takes the same time whatever the input.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, String body) {
        return PREFIX + HexFormat.of().formatHex(HmacSha256.of(secret, body));
    }

    public static boolean isValid(String secret, String body, String signature) {
        if (secret == null || secret.isEmpty() || body == null || signature == null) {
            return false;
        }
        return HmacSha256.sameSignature(sign(secret, body), signature.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
