package be.koepel.notification.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerLinksTest {

    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final Instant CREATED = Instant.parse("2026-12-03T21:00:00Z");

    private final AnswerLinks links = new AnswerLinks("https://koepel.example/", "a-secret-of-enough-length", LIFETIME);

    @Test
    void aLinkPointsAtThisServiceAndCarriesItsPageExpiryAndSignature() {
        UUID page = UUID.randomUUID();
        String link = links.linkFor(page, CREATED);
        assertThat(link).startsWith("https://koepel.example/a/" + page + "/" + CREATED.plus(LIFETIME).getEpochSecond() + "/");
        assertThat(verdict(link, CREATED.plusSeconds(60))).isEqualTo(AnswerLinks.Verdict.VALID);
    }

    @Test
    void aLinkExpiresItsLifetimeAfterThePageWasCreated() {
        String link = links.linkFor(UUID.randomUUID(), CREATED);
        assertThat(verdict(link, CREATED.plus(LIFETIME).minusSeconds(1))).isEqualTo(AnswerLinks.Verdict.VALID);
        assertThat(verdict(link, CREATED.plus(LIFETIME))).isEqualTo(AnswerLinks.Verdict.EXPIRED);
    }

    @Test
    void aLinkWhoseExpiryWasMovedIsForgedNotValid() {
        UUID page = UUID.randomUUID();
        String link = links.linkFor(page, CREATED);
        long later = CREATED.plus(LIFETIME).plus(Duration.ofDays(7)).getEpochSecond();
        assertThat(links.verdict(page, later, signatureOf(link), CREATED.plus(LIFETIME).plusSeconds(1)))
                .isEqualTo(AnswerLinks.Verdict.FORGED);
    }

    @Test
    void aSignatureAnswersOnlyItsOwnPage() {
        String link = links.linkFor(UUID.randomUUID(), CREATED);
        assertThat(links.verdict(UUID.randomUUID(), expiryOf(link), signatureOf(link), CREATED))
                .isEqualTo(AnswerLinks.Verdict.FORGED);
    }

    @Test
    void aTamperedOrMissingSignatureIsRefused() {
        UUID page = UUID.randomUUID();
        String link = links.linkFor(page, CREATED);
        assertThat(links.verdict(page, expiryOf(link), signatureOf(link).substring(1) + "x", CREATED))
                .isEqualTo(AnswerLinks.Verdict.FORGED);
        assertThat(links.verdict(page, expiryOf(link), null, CREATED)).isEqualTo(AnswerLinks.Verdict.FORGED);
    }

    @Test
    void aLinkSignedWithAnotherSecretIsRefused() {
        UUID page = UUID.randomUUID();
        AnswerLinks other = new AnswerLinks("https://koepel.example", "another-secret-of-enough-length", LIFETIME);
        String link = other.linkFor(page, CREATED);
        assertThat(links.verdict(page, expiryOf(link), signatureOf(link), CREATED)).isEqualTo(AnswerLinks.Verdict.FORGED);
    }

    @Test
    void aShortSecretOrNoLifetimeIsRefusedAtStartRatherThanSigningWeakly() {
        assertThatThrownBy(() -> new AnswerLinks("https://koepel.example", "short", LIFETIME))
                .hasMessageContaining("link-secret");
        assertThatThrownBy(() -> new AnswerLinks("https://koepel.example", "a-secret-of-enough-length", Duration.ZERO))
                .hasMessageContaining("link-lifetime");
    }

    private AnswerLinks.Verdict verdict(String link, Instant now) {
        String[] parts = link.split("/");
        return links.verdict(UUID.fromString(parts[parts.length - 3]), expiryOf(link), signatureOf(link), now);
    }

    private static long expiryOf(String link) {
        String[] parts = link.split("/");
        return Long.parseLong(parts[parts.length - 2]);
    }

    private static String signatureOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
