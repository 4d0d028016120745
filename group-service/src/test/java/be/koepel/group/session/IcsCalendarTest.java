package be.koepel.group.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void sessionsAreWrittenInUtcSoCalendarsShowTheRightLocalTimeOnBothSidesOfTheClockChange() {
        String ics = IcsCalendar.write("Contactgroep Geel", List.of(
                new IcsCalendar.Event("a@koepel.be", Instant.parse("2026-03-24T18:30:00Z"),
                        Instant.parse("2026-03-24T20:30:00Z"), "Contactgroep Geel", "Markt 1, Geel", null, false, STAMP),
                new IcsCalendar.Event("b@koepel.be", Instant.parse("2026-03-31T17:30:00Z"),
                        Instant.parse("2026-03-31T19:30:00Z"), "Contactgroep Geel", null, "zaal in verbouwing", true, STAMP)));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART:20260324T183000Z\r\n", "DTSTART:20260331T173000Z\r\n",
                        "LOCATION:Markt 1\\, Geel\r\n", "STATUS:CANCELLED\r\n", "STATUS:CONFIRMED\r\n");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String name = "Contactgroep voor ouders, partners en naasten — één avond per maand in het ontmoetingscentrum";
        String ics = IcsCalendar.write(name, List.of());

        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n ", "")).contains("X-WR-CALNAME:" + IcsCalendar.escape(name));
    }
}
