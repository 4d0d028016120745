package be.koepel.notification.paging;

import be.koepel.platform.security.HmacSha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The one-tap answer link in a page: the page id and the link's expiry, signed with HMAC-SHA256,
 * so that only the person who received the page can answer it without logging in, nothing needs
 * storing, and a link found later in an old SMS does nothing. The expiry runs from the page's
 * creation, so every contact method of one page carries the same link. A link answers once: after
 * that the page is no longer awaiting an answer.
 */
@ApplicationScoped
public class AnswerLinks {

    /** What an opened link turned out to be. */
    public enum Verdict { VALID, FORGED, EXPIRED }

    private static final int MIN_SECRET_LENGTH = 16;

    private final String publicUrl;
    private final String secret;
    private final Duration lifetime;

    @Inject
    public AnswerLinks(PagingConfig config) {
        this(config.publicUrl(), config.linkSecret(), config.linkLifetime());
    }

    AnswerLinks(String publicUrl, String secret, Duration lifetime) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("koepel.paging.link-secret must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalStateException("koepel.paging.link-lifetime must be positive, not " + lifetime);
        }
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.secret = secret;
        this.lifetime = lifetime;
    }

    /** The link of a page created at {@code createdAt}: valid for the configured lifetime from then. */
    public String linkFor(UUID pageId, Instant createdAt) {
        return linkExpiringAt(pageId, createdAt.plus(lifetime).getEpochSecond());
    }

    /** A link that expires at {@code expiresAt} (epoch seconds), whatever the configured lifetime. */
    String linkExpiringAt(UUID pageId, long expiresAt) {
        return publicUrl + "/a/" + pageId + "/" + expiresAt + "/" + signature(pageId, expiresAt);
    }

    /** Forged (signature, page or expiry not what was signed) is told apart from genuine but expired. */
    public Verdict verdict(UUID pageId, long expiresAt, String signature, Instant now) {
        if (!HmacSha256.sameSignature(signature(pageId, expiresAt), signature)) {
            return Verdict.FORGED;
        }
        return now.getEpochSecond() >= expiresAt ? Verdict.EXPIRED : Verdict.VALID;
    }

    private String signature(UUID pageId, long expiresAt) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(HmacSha256.of(secret, pageId + "." + expiresAt));
    }
}
