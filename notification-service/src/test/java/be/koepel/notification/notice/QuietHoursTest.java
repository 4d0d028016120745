package be.koepel.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), BRUSSELS);

    @Test
    void aNoticeDueInTheDaytimeGoesOutAtOnce() {
        Instant due = at("2026-11-24T14:30");
        assertThat(NIGHT.release(due)).isEqualTo(due);
    }

    @Test
    void aNoticeDueInTheEveningIsHeldUntilEightTheNextMorning() {
        assertThat(NIGHT.release(at("2026-11-24T23:15"))).isEqualTo(at("2026-11-25T08:00"));
        assertThat(NIGHT.release(at("2026-11-24T22:00"))).isEqualTo(at("2026-11-25T08:00"));
    }

    @Test
    void aNoticeDueAfterMidnightIsHeldUntilEightThatMorning() {
        assertThat(NIGHT.release(at("2026-11-25T03:00"))).isEqualTo(at("2026-11-25T08:00"));
        assertThat(NIGHT.release(at("2026-11-25T08:00"))).isEqualTo(at("2026-11-25T08:00"));
    }

    @Test
    void theEndOfQuietHoursIsLocalTimeAcrossTheDaylightSavingChange() {
        // the night of 28 to 29 March 2026 loses an hour: 08:00 local is then 06:00 UTC, not 07:00
        assertThat(NIGHT.release(at("2026-03-28T23:00"))).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
        assertThat(NIGHT.release(at("2026-10-24T23:00"))).isEqualTo(Instant.parse("2026-10-25T07:00:00Z"));
    }

    @Test
    void quietHoursWithinOneDayHoldUntilTheirEndThatDay() {
        QuietHours afternoon = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0), BRUSSELS);
        assertThat(afternoon.release(at("2026-11-24T13:30"))).isEqualTo(at("2026-11-24T14:00"));
        assertThat(afternoon.release(at("2026-11-24T12:59"))).isEqualTo(at("2026-11-24T12:59"));
    }

    @Test
    void equalStartAndEndMeanNoQuietHours() {
        QuietHours none = new QuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0), BRUSSELS);
        Instant due = at("2026-11-24T23:15");
        assertThat(none.release(due)).isEqualTo(due);
    }

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BRUSSELS).toInstant();
    }
}
