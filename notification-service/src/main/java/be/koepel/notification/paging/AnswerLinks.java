package be.koepel.notification.paging;

import be.koepel.platform.security.HmacSha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.UUID;

/**
 * The one-tap answer link in a page: the page id signed with HMAC-SHA256, so that only the
 * person who received the page can answer it without logging in, and nothing needs storing.
 * A link answers once: after that the page is no longer awaiting an answer.
 */
@ApplicationScoped
public class AnswerLinks {

    private static final int MIN_SECRET_LENGTH = 16;

    private final String publicUrl;
    private final String secret;

    @Inject
    public AnswerLinks(PagingConfig config) {
        this(config.publicUrl(), config.linkSecret());
    }

    AnswerLinks(String publicUrl, String secret) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("koepel.paging.link-secret must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.secret = secret;
    }

    public String linkFor(UUID pageId) {
        return publicUrl + "/a/" + pageId + "/" + signature(pageId);
    }

    public boolean isValid(UUID pageId, String signature) {
        return HmacSha256.sameSignature(signature(pageId), signature);
    }

    private String signature(UUID pageId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(HmacSha256.of(secret, pageId.toString()));
    }
}
