package be.koepel.notification.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsReplyTest {

    @Test
    void okInAnyCaseOrWithAFullStopMeansImGoing() {
        assertThat(SmsReply.parse("OK")).contains(SmsReply.ACKNOWLEDGE);
        assertThat(SmsReply.parse(" ok. ")).contains(SmsReply.ACKNOWLEDGE);
        assertThat(SmsReply.parse("Ja!")).contains(SmsReply.ACKNOWLEDGE);
    }

    @Test
    void neeMeansICant() {
        assertThat(SmsReply.parse("NEE")).contains(SmsReply.DECLINE);
        assertThat(SmsReply.parse("neen")).contains(SmsReply.DECLINE);
    }

    @Test
    void anythingUnclearIsNotTakenAsAnAnswer() {
        assertThat(SmsReply.parse("ok maar pas over een uur")).isEmpty();
        assertThat(SmsReply.parse("")).isEmpty();
        assertThat(SmsReply.parse(null)).isEmpty();
    }
}
