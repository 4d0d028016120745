package be.koepel.notification.notice;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Quiet hours for non-urgent notices (never for pages): from {@code start} to {@code end} local
 * time, possibly across midnight (22:00–08:00). A notice due inside them is held until they end.
 * Equal start and end mean no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public boolean isNone() {
        return start.equals(end);
    }

    /** When a notice due at {@code due} may go out: {@code due} itself, or the end of the quiet hours it falls in. */
    public Instant release(Instant due) {
        if (isNone()) {
            return due;
        }
        ZonedDateTime local = due.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean acrossMidnight = start.isAfter(end);
        boolean quiet = acrossMidnight
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return due;
        }
        // the end falls on the same local date, unless the quiet hours started the evening before it
        ZonedDateTime endDay = acrossMidnight && !time.isBefore(start) ? local.plusDays(1) : local;
        // atZone resolves a local time in a DST gap to the later offset, so the hold never ends early
        return endDay.toLocalDate().atTime(end).atZone(zone).toInstant();
    }
}
