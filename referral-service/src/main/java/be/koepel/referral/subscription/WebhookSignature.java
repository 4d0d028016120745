package be.koepel.referral.subscription;

import be.koepel.platform.security.HmacSha256;
import java.util.HexFormat;

/**
 * Signs a delivery: HMAC-SHA256 over {@code <timestamp>.<body>} with the subscription's secret,
 * sent as {@code Koepel-Signature: t=<timestamp>,v1=<hex>}. The timestamp in the signed text lets
 * the partner refuse a replayed old delivery.
 */
public final class WebhookSignature {

    public static final String HEADER = "Koepel-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
    }

    static String hmac(String secret, String text) {
        return HexFormat.of().formatHex(HmacSha256.of(secret, text));
    }
}
