package be.koepel.group.session;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A session with its times in the region's zone, so the offset shows summer or winter time. */
public record SessionView(
        UUID id,
        UUID groupId,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        Origin origin,
        SessionStatus status,
        boolean moved,
        String reason,
        long version) {

    public enum Origin {
        PATTERN, ONE_OFF
    }

    public static SessionView of(GroupSession session, ZoneId zone) {
        return new SessionView(session.id, session.groupId, session.startsAt.atZone(zone).toOffsetDateTime(),
                session.endsAt.atZone(zone).toOffsetDateTime(), session.isOneOff() ? Origin.ONE_OFF : Origin.PATTERN,
                session.status, session.moved, session.reason, session.version);
    }

    /** For callers who may see a session but not why a leader cancelled or moved it. */
    public SessionView withoutReason() {
        return new SessionView(id, groupId, startsAt, endsAt, origin, status, moved, null, version);
    }
}
