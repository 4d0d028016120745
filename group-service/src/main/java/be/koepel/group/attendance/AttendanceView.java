package be.koepel.group.attendance;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** One session's attendance, for that group's leaders and the coordinators only. */
public record AttendanceView(
        UUID sessionId,
        UUID groupId,
        OffsetDateTime sessionStartsAt,
        List<UUID> trajectoryIds,
        int otherPersons,
        AttendanceSheet.Guests family,
        AttendanceSheet.Guests professionals,
        int total,
        OffsetDateTime recordedAt,
        long version) {

    static AttendanceView of(SessionAttendance attendance, java.time.Instant sessionStart, ZoneId zone) {
        return new AttendanceView(attendance.sessionId, attendance.groupId, sessionStart.atZone(zone).toOffsetDateTime(),
                attendance.trajectoryIds(), attendance.otherPersons,
                new AttendanceSheet.Guests(attendance.firstNames(AttendeeKind.FAMILY), attendance.familyCount),
                new AttendanceSheet.Guests(attendance.firstNames(AttendeeKind.PROFESSIONAL), attendance.professionalCount),
                attendance.total(), attendance.recordedAt.atZone(zone).toOffsetDateTime(), attendance.version);
    }
}
