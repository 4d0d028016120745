package be.koepel.group.attendance;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.group.MemberJoined;
import be.koepel.contracts.group.SessionHeld;
import be.koepel.group.contactgroup.ContactGroup;
import be.koepel.group.session.GroupSession;
import be.koepel.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a session's attendance. A person from a trajectory who comes for the first time becomes
 * a member of the group, and {@code group.member-joined.v1} tells referral-service, in the same
 * transaction as the attendance. Every recording also publishes {@code group.session-held.v1}
 * with the count only, for the leaders' activity log in volunteer-service.
 */
@ApplicationScoped
public class AttendanceRecorder {

    private final Outbox outbox;
    private final Clock clock;

    public AttendanceRecorder(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Replaces what was recorded for the session before; a correction never un-joins anyone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SessionAttendance record(ContactGroup group, GroupSession session, AttendanceSheet sheet,
            String recordedBy) {
        SessionAttendance attendance = Optional.<SessionAttendance>ofNullable(SessionAttendance.findById(session.id))
                .orElseGet(SessionAttendance::new);
        boolean isNew = attendance.sessionId == null;
        attendance.sessionId = session.id;
        attendance.groupId = session.groupId;
        AttendanceSheet.Guests family = sheet.family() == null ? AttendanceSheet.Guests.NONE : sheet.family();
        AttendanceSheet.Guests professionals = sheet.professionals() == null ? AttendanceSheet.Guests.NONE
                : sheet.professionals();
        attendance.otherPersons = orZero(sheet.otherPersons());
        attendance.familyCount = orZero(family.count());
        attendance.professionalCount = orZero(professionals.count());
        List<UUID> trajectories = sheet.trajectoryIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(sheet.trajectoryIds()));
        List<Attendee> attendees = new ArrayList<>();
        trajectories.forEach(t -> attendees.add(new Attendee(AttendeeKind.PERSON, t, null)));
        names(family).forEach(n -> attendees.add(new Attendee(AttendeeKind.FAMILY, null, n)));
        names(professionals).forEach(n -> attendees.add(new Attendee(AttendeeKind.PROFESSIONAL, null, n)));
        attendance.attendees.clear();
        attendance.attendees.addAll(attendees);
        attendance.recordedAt = clock.instant();
        attendance.recordedBy = recordedBy;
        if (isNew) {
            attendance.persist();
        }
        trajectories.forEach(trajectoryId -> join(session, trajectoryId));
        held(group, session, attendance);
        return attendance;
    }

    /**
     * Published again, with the same session id, after each correction: the consumer keeps the
     * latest per session. Only a count leaves the service: what happens in the group stays there.
     */
    private void held(ContactGroup group, GroupSession session, SessionAttendance attendance) {
        // sorted, so that republishing an unchanged group gives the same list
        List<UUID> leaders = group.leaders.stream().sorted().toList();
        outbox.publish(Topics.GROUP_EVENTS, EventTypes.GROUP_SESSION_HELD, group.id.toString(),
                new SessionHeld(group.id, group.name, session.id, leaders, session.startsAt, session.endsAt,
                        attendance.total(), attendance.recordedAt));
    }

    private void join(GroupSession session, UUID trajectoryId) {
        GroupMember.Key key = new GroupMember.Key(session.groupId, trajectoryId);
        if (GroupMember.findById(key) != null) {
            return;
        }
        GroupMember member = new GroupMember();
        member.key = key;
        member.firstSessionId = session.id;
        member.joinedAt = session.startsAt;
        member.persist();
        outbox.publish(Topics.GROUP_EVENTS, EventTypes.GROUP_MEMBER_JOINED, trajectoryId.toString(),
                new MemberJoined(session.groupId, trajectoryId, session.id, session.startsAt));
    }

    private static List<String> names(AttendanceSheet.Guests guests) {
        return guests.firstNames() == null ? List.of() : guests.firstNames().stream().map(String::trim).toList();
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
