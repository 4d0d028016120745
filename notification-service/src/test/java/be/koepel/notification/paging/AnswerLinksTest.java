package be.koepel.notification.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerLinksTest {

    private final AnswerLinks links = new AnswerLinks("https://koepel.example/", "a-secret-of-enough-length");

    @Test
    void aLinkPointsAtThisServiceAndCarriesItsPageAndSignature() {
        UUID page = UUID.randomUUID();
        String link = links.linkFor(page);
        assertThat(link).startsWith("https://koepel.example/a/" + page + "/");
        assertThat(links.isValid(page, signatureOf(link))).isTrue();
    }

    @Test
    void aSignatureAnswersOnlyItsOwnPage() {
        UUID page = UUID.randomUUID();
        String signature = signatureOf(links.linkFor(page));
        assertThat(links.isValid(UUID.randomUUID(), signature)).isFalse();
    }

    @Test
    void aTamperedOrMissingSignatureIsRefused() {
        UUID page = UUID.randomUUID();
        String signature = signatureOf(links.linkFor(page));
        assertThat(links.isValid(page, signature.substring(1) + "x")).isFalse();
        assertThat(links.isValid(page, null)).isFalse();
    }

    @Test
    void aLinkSignedWithAnotherSecretIsRefused() {
        UUID page = UUID.randomUUID();
        AnswerLinks other = new AnswerLinks("https://koepel.example", "another-secret-of-enough-length");
        assertThat(links.isValid(page, signatureOf(other.linkFor(page)))).isFalse();
    }

    @Test
    void aShortSecretIsRefusedAtStartRatherThanSigningWeakly() {
        assertThatThrownBy(() -> new AnswerLinks("https://koepel.example", "short"))
                .hasMessageContaining("link-secret");
    }

    private static String signatureOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
