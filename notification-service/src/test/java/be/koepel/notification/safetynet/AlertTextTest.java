package be.koepel.notification.safetynet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertTextTest {

    static final UUID REFERRAL = UUID.fromString("6f1c1f7e-2f43-4c55-9d59-0b3f1e0f2a11");

    @Test
    void theHospitalIsToldTheReferralThePlaceAndThatTheCoordinatorTookItOver() {
        assertThat(AlertText.callBack(REFERRAL, "AZ Turnhout", "Spoedgevallen", "Box 4"))
                .isEqualTo("Koepel: voor uw spoedverwijzing " + REFERRAL + " (AZ Turnhout, Spoedgevallen, kamer Box 4)"
                        + " kon geen ervaringsdrager bevestigen. De coördinator van wacht is verwittigd en neemt contact op.");
    }

    @Test
    void theCoordinatorLearnsWhetherTheHospitalWasToldOrMustBeCalled() {
        assertThat(AlertText.composeWithCallBack(CoordinatorAlert.Reason.EXHAUSTED, REFERRAL, "AZ Turnhout", null,
                null, "nl", "+3214000000")).endsWith("De spoed kreeg een sms op +3214000000.");
        assertThat(AlertText.composeWithCallBack(CoordinatorAlert.Reason.EXHAUSTED, REFERRAL, "AZ Turnhout", null,
                null, "nl", null)).endsWith("Het ziekenhuis gaf geen terugbelnummer: verwittig de spoed zelf.");
    }

    @Test
    void anAlertWithoutAPlaceStillNamesTheReferral() {
        assertThat(AlertText.compose(CoordinatorAlert.Reason.NO_CANDIDATES, REFERRAL, null, null, null, null))
                .isEqualTo("Koepel ALARM: geen ervaringsdrager gevonden voor een spoedverwijzing. Verwijzing "
                        + REFERRAL + ". Neem het over.");
    }
}
