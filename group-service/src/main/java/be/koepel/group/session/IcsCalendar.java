package be.koepel.group.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) feed of a group's sessions. Times are written in UTC, which
 * every calendar converts to local time correctly on either side of a daylight-saving change.
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    /** RFC 5545 §3.1: lines longer than 75 octets are folded. */
    private static final int MAX_LINE_OCTETS = 75;

    private IcsCalendar() {
    }

    /** One event of the feed; {@code uid} stays the same across moves so calendars update it. */
    public record Event(String uid, Instant startsAt, Instant endsAt, String summary, String location,
            String description, boolean cancelled, Instant stamp) {
    }

    public static String write(String calendarName, List<Event> events) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Koepel//group-service//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape(calendarName));
        for (Event event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + event.uid());
            line(ics, "DTSTAMP:" + UTC.format(event.stamp()));
            line(ics, "DTSTART:" + UTC.format(event.startsAt()));
            line(ics, "DTEND:" + UTC.format(event.endsAt()));
            line(ics, "SUMMARY:" + escape(event.summary()));
            if (event.location() != null) {
                line(ics, "LOCATION:" + escape(event.location()));
            }
            if (event.description() != null) {
                line(ics, "DESCRIPTION:" + escape(event.description()));
            }
            line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Folds at 75 octets without splitting a UTF-8 character; continuation lines start with a space. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = MAX_LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_LINE_OCTETS - 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(CRLF);
    }
}
