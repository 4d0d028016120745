package be.koepel.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTextTest {

    @Test
    void aPageSaysWhereToGoWhichLanguageAndEndsWithTheAnswerLink() {
        String text = PageText.compose("AZ Turnhout", "Spoedgevallen", "Box 4", "fr", "https://k.example/a/1/sig");
        assertThat(text).isEqualTo(
                "Koepel spoedoproep: AZ Turnhout, Spoedgevallen, kamer Box 4. Taal: fr. Ga je? Bevestig: https://k.example/a/1/sig");
    }

    @Test
    void aMissingDepartmentOrRoomLeavesNoEmptyPlaceholders() {
        String text = PageText.compose("AZ Herentals", null, " ", "nl", "https://k.example/a/2/sig");
        assertThat(text).isEqualTo("Koepel spoedoproep: AZ Herentals. Taal: nl. Ga je? Bevestig: https://k.example/a/2/sig");
    }
}
