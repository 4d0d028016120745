package be.koepel.notification.push;

import static org.assertj.core.api.Assertions.assertThat;

import be.koepel.platform.problem.Problem;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a browser's subscription must be before a page can ever be encrypted and pushed to it. */
class SubscriptionValidationTest {

    /** A point on P-256: the generator G of SEC 2, uncompressed. */
    private static final String ON_CURVE = Base64.getUrlEncoder().withoutPadding().encodeToString(hex(
            "04" + "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
                    + "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5"));
    private static final String AUTH = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);

    @Test
    void anHttpsEndpointWithAPointOnTheCurveAndA16ByteSecretIsAccepted() {
        assertThat(fields(new SubscriptionRequest("https://fcm.googleapis.com/fcm/send/abc", null,
                new SubscriptionRequest.Keys(ON_CURVE, AUTH)), true)).isEmpty();
    }

    @Test
    void aPlainHttpEndpointIsRefusedUnlessHttpsIsNotRequired() {
        SubscriptionRequest http = new SubscriptionRequest("http://push.example.org/x", null,
                new SubscriptionRequest.Keys(ON_CURVE, AUTH));
        assertThat(fields(http, true)).containsExactly("endpoint");
        assertThat(fields(http, false)).isEmpty();
    }

    @Test
    void aKeyOffTheCurveOrOfTheWrongLengthAndASecretOfTheWrongLengthAreRefusedByName() {
        byte[] off = Base64.getUrlDecoder().decode(ON_CURVE);
        off[64] ^= 1;
        String offCurve = Base64.getUrlEncoder().withoutPadding().encodeToString(off);
        assertThat(fields(new SubscriptionRequest("https://push.example.org/x", null,
                new SubscriptionRequest.Keys(offCurve, "c2hvcnQ")), true)).containsExactly("keys.p256dh", "keys.auth");
        assertThat(fields(new SubscriptionRequest(null, null, null), true)).containsExactly("endpoint", "keys");
    }

    private static List<String> fields(SubscriptionRequest request, boolean requireHttps) {
        return PushSubscriptions.violations(request, requireHttps).stream().map(Problem.Violation::field).toList();
    }

    private static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
