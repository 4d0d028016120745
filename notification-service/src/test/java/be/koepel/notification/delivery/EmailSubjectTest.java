package be.koepel.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailSubjectTest {

    @Test
    void theSubjectIsTheOpeningOfTheTextSoTheKindOfMessageShowsOnTheLockScreen() {
        assertThat(EmailChannel.subject("Koepel spoedoproep: AZ Turnhout. Ga je?")).isEqualTo("Koepel spoedoproep");
        assertThat(EmailChannel.subject("Koepel ALARM: niemand bevestigde")).isEqualTo("Koepel ALARM");
    }

    @Test
    void aTextWithoutAShortOpeningGetsThePlainSubject() {
        assertThat(EmailChannel.subject("no colon here")).isEqualTo("Koepel");
        assertThat(EmailChannel.subject("x".repeat(60) + ": late colon")).isEqualTo("Koepel");
    }
}
