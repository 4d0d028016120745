package be.koepel.volunteer.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.contracts.volunteer.Shift;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    private static final UUID VOLUNTEER = UUID.nameUUIDFromBytes("els".getBytes());
    private static final UUID SCHEDULE = UUID.nameUUIDFromBytes("rota:az-turnhout".getBytes());
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void eachShiftIsAnEventInUtcWithCrlfLineEndings() {
        String ics = IcsCalendar.render(VOLUNTEER, List.of(new Shift(SCHEDULE, "az-turnhout", List.of("az-turnhout"),
                Instant.parse("2027-03-28T07:00:00Z"), Instant.parse("2027-03-29T06:00:00Z"))), NOW);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(ics).contains("DTSTART:20270328T070000Z\r\n", "DTEND:20270329T060000Z\r\n",
                "DTSTAMP:20261124T100000Z\r\n", "SUMMARY:On call: az-turnhout\r\n");
    }

    @Test
    void aShiftOnASharedScheduleNamesItsHospitalsAndTheScheduleWhileAHospitalsOwnNamesOnlyTheHospital() {
        String ics = IcsCalendar.render(VOLUNTEER, List.of(
                new Shift(UUID.randomUUID(), "Kempen-Zuid nacht", List.of("az-herentals", "az-mol"),
                        Instant.parse("2026-11-24T19:00:00Z"), Instant.parse("2026-11-25T07:00:00Z")),
                new Shift(SCHEDULE, "az-turnhout", List.of("az-turnhout"),
                        Instant.parse("2026-11-25T19:00:00Z"), Instant.parse("2026-11-26T07:00:00Z"))), NOW);

        assertThat(ics).contains(
                "SUMMARY:On call: az-herentals\\, az-mol\r\nDESCRIPTION:Shared schedule: Kempen-Zuid nacht\r\n",
                "SUMMARY:On call: az-turnhout\r\nTRANSP:");
        assertThat(ics.split("DESCRIPTION:", -1)).hasSize(2);
    }

    @Test
    void aShiftKeepsItsUidWhenItsEndMovesSoCalendarsUpdateIt() {
        Instant start = Instant.parse("2026-11-25T07:00:00Z");
        String before = IcsCalendar.render(VOLUNTEER, List.of(new Shift(SCHEDULE, "az", List.of("az"), start,
                Instant.parse("2026-11-26T07:00:00Z"))), NOW);
        String after = IcsCalendar.render(VOLUNTEER, List.of(new Shift(SCHEDULE, "az", List.of("az"), start,
                Instant.parse("2026-11-25T19:00:00Z"))), NOW);

        assertEquals(uid(before), uid(after));
        assertThat(uid(before)).endsWith("@koepel.be");
    }

    @Test
    void longLinesAreFoldedAt75OctetsAndTextIsEscaped() {
        String hospitals = "az-" + "x".repeat(100);
        String ics = IcsCalendar.render(VOLUNTEER, List.of(new Shift(SCHEDULE, "s", List.of(hospitals, "b;c"),
                Instant.parse("2026-11-25T07:00:00Z"), Instant.parse("2026-11-26T07:00:00Z"))), NOW);

        assertThat(Arrays.stream(ics.split("\r\n"))).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:On call: " + hospitals + "\\, b\\;c\r\n");
    }

    private static String uid(String ics) {
        return Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
    }
}
