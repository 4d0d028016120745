package be.koepel.volunteer.calendar;

import be.koepel.contracts.volunteer.Shift;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A volunteer's shifts as an RFC 5545 calendar. Times are UTC (the {@code Z} form), which every client shows
 * in its own zone, so no VTIMEZONE is needed; a shift's UID is derived from volunteer, schedule and start, so a
 * client updates the event when its end moves instead of duplicating it.
 */
public final class IcsCalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    private static final String CRLF = "\r\n";
    /** RFC 5545 §3.1: lines longer than 75 octets are folded. */
    private static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    public static String render(UUID volunteerId, List<Shift> shifts, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Koepel//volunteer-service//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:Koepel on call");
        for (Shift shift : shifts) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + uid(volunteerId, shift) + "@koepel.be");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART:" + UTC.format(shift.startsAt()));
            line(ics, "DTEND:" + UTC.format(shift.endsAt()));
            line(ics, "SUMMARY:" + text("On call: " + String.join(", ", shift.hospitals())));
            shared(shift).ifPresent(name -> line(ics, "DESCRIPTION:" + text("Shared schedule: " + name)));
            line(ics, "TRANSP:OPAQUE");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A hospital's own schedule is named by the hospital alone; a shared one's name tells the volunteer which rota. */
    static Optional<String> shared(Shift shift) {
        return shift.hospitals().equals(List.of(shift.scheduleName())) ? Optional.empty()
                : Optional.of(shift.scheduleName());
    }

    static UUID uid(UUID volunteerId, Shift shift) {
        return UUID.nameUUIDFromBytes(("shift:" + volunteerId + ":" + shift.scheduleId() + ":" + shift.startsAt())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_LINE_OCTETS) {
            ics.append(content).append(CRLF);
            return;
        }
        // Fold between characters, never inside a multi-byte one; continuation lines start with a space.
        int octets = 0;
        int limit = MAX_LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append(CRLF).append(' ');
                octets = 1;
                limit = MAX_LINE_OCTETS;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append(CRLF);
    }
}
