package be.koepel.notification.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-tap answer link in a page: the page id signed with HMAC-SHA256, so that only the
 * person who received the page can answer it without logging in, and nothing needs storing.
 * A link answers once: after that the page is no longer awaiting an answer.
 */
@ApplicationScoped
public class AnswerLinks {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET_LENGTH = 16;

    private final String publicUrl;
    private final SecretKeySpec key;

    @Inject
    public AnswerLinks(PagingConfig config) {
        this(config.publicUrl(), config.linkSecret());
    }

    AnswerLinks(String publicUrl, String secret) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("koepel.paging.link-secret must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String linkFor(UUID pageId) {
        return publicUrl + "/a/" + pageId + "/" + signature(pageId);
    }

    public boolean isValid(UUID pageId, String signature) {
        return signature != null && MessageDigest.isEqual(
                signature(pageId).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(UUID pageId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(pageId.toString().getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
