package be.koepel.group.session;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the public directory and the iCal feed say about a session instead of the leader's reason.
 * That reason is free text ("X is in hospital") and what is said in the group stays in the group,
 * so the public only learns that a session is cancelled, or moved and to when.
 */
public final class PublicSessionNote {

    static final String CANCELLED = "This session is cancelled.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private PublicSessionNote() {
    }

    /** The note for {@code session}, in local time of {@code zone}; null when there is nothing to tell. */
    public static String of(GroupSession session, ZoneId zone) {
        if (session.status == SessionStatus.CANCELLED) {
            return CANCELLED;
        }
        if (session.moved) {
            var start = session.startsAt.atZone(zone);
            return "This session has moved to " + DAY.format(start) + " from " + TIME.format(start)
                    + " to " + TIME.format(session.endsAt.atZone(zone)) + ".";
        }
        return null;
    }
}
