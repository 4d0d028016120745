package be.koepel.notification.delivery;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser as the Push API makes one: its own ECDH P-256 key pair and auth secret, subscribed at a
 * push service endpoint. It decrypts what it receives as RFC 8291 says, with the JDK's crypto only,
 * so that the tests do not take the library's word for its own encryption.
 */
final class PushBrowser {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    final String endpoint;
    private final KeyPair keys;
    private final byte[] authSecret = new byte[16];

    PushBrowser(String endpoint) {
        this.endpoint = endpoint;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(authSecret);
    }

    /** The subscription as {@code PushSubscription.toJSON()} gives it. */
    Map<String, Object> subscription() {
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("endpoint", endpoint);
        subscription.put("expirationTime", null);
        subscription.put("keys", Map.of("p256dh", p256dh(), "auth", BASE64URL.encodeToString(authSecret)));
        return subscription;
    }

    String p256dh() {
        return BASE64URL.encodeToString(uncompressed((ECPublicKey) keys.getPublic()));
    }

    /** POST /api/push-subscriptions with this volunteer's token. */
    ValidatableResponse register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(subscription())
                .when().post("/api/push-subscriptions").then();
    }

    /** RFC 8291 section 3.4 and RFC 8188: one aes128gcm record, keyed from ECDH and the auth secret. */
    String decrypt(byte[] body) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        byte[] senderKey = new byte[in.get() & 0xff];
        in.get(senderKey);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        if (recordSize < ciphertext.length) {
            throw new GeneralSecurityException("more than one record");
        }

        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(keys.getPrivate());
        agreement.doPhase(publicKey(senderKey), true);
        byte[] ecdhSecret = agreement.generateSecret();

        byte[] receiverKey = uncompressed((ECPublicKey) keys.getPublic());
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), receiverKey, senderKey);
        byte[] ikm = hkdf(authSecret, ecdhSecret, keyInfo, 32);
        byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);

        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new GeneralSecurityException("not the last record's delimiter (2)");
        }
        return new String(padded, 0, end, StandardCharsets.UTF_8);
    }

    /** HKDF-SHA-256 (RFC 5869), one block is enough for every length here. */
    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return Arrays.copyOf(mac.doFinal(), length);
    }

    private ECPublicKey publicKey(byte[] point) throws GeneralSecurityException {
        ECPublicKey own = (ECPublicKey) keys.getPublic();
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, own.getParams()));
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        System.arraycopy(unsigned32(key.getW().getAffineX()), 0, point, 1, 32);
        System.arraycopy(unsigned32(key.getW().getAffineY()), 0, point, 33, 32);
        return point;
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }
}
