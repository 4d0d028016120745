package be.koepel.group.attendance;

import be.koepel.group.config.GroupsConfig;
import be.koepel.group.contactgroup.ContactGroup;
import be.koepel.group.contactgroup.GroupAccess;
import be.koepel.group.session.GroupSession;
import be.koepel.group.session.SessionResource;
import be.koepel.group.session.SessionStatus;
import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import io.quarkus.panache.common.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance is seen and written only by the group's own leaders and the coordinators: leaders of
 * other groups get 403, like everyone else.
 */
@Path("/api/groups/{groupId}")
@RolesAllowed({Roles.COORDINATOR, Roles.GROUP_LEADER})
public class AttendanceResource {

    private final GroupAccess access;
    private final AttendanceRecorder recorder;
    private final Caller caller;
    private final GroupsConfig config;
    private final Clock clock;

    public AttendanceResource(GroupAccess access, AttendanceRecorder recorder, Caller caller, GroupsConfig config,
            Clock clock) {
        this.access = access;
        this.recorder = recorder;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    @PUT
    @Path("/sessions/{sessionId}/attendance")
    @Transactional
    public AttendanceView record(@PathParam("groupId") UUID groupId, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull AttendanceSheet sheet) {
        ContactGroup group = GroupAccess.find(groupId);
        access.requireLeaderOrCoordinator(group);
        GroupSession session = SessionResource.find(groupId, sessionId);
        if (session.status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict("Session " + sessionId + " was cancelled; nobody attended it");
        }
        if (session.startsAt.isAfter(clock.instant())) {
            throw ProblemException.conflict("Session " + sessionId + " has not started yet");
        }
        String recordedBy = caller.volunteerId().map(UUID::toString).orElse(caller.name());
        return AttendanceView.of(recorder.record(group, session, sheet, recordedBy), session.startsAt, config.zone());
    }

    @GET
    @Path("/sessions/{sessionId}/attendance")
    public AttendanceView get(@PathParam("groupId") UUID groupId, @PathParam("sessionId") UUID sessionId) {
        access.requireLeaderOrCoordinator(GroupAccess.find(groupId));
        GroupSession session = SessionResource.find(groupId, sessionId);
        SessionAttendance attendance = SessionAttendance.findById(sessionId);
        if (attendance == null) {
            throw ProblemException.notFound("Attendance of session " + sessionId);
        }
        return AttendanceView.of(attendance, session.startsAt, config.zone());
    }

    /** The group's attendance history, latest session first. */
    @GET
    @Path("/attendance")
    public PageResult<AttendanceView> history(@PathParam("groupId") UUID groupId, @Valid @BeanParam PageRequest paging) {
        access.requireLeaderOrCoordinator(GroupAccess.find(groupId));
        var sessions = GroupSession.<GroupSession>find(
                        "groupId = ?1 and id in (select a.sessionId from SessionAttendance a where a.groupId = ?1) "
                                + "order by startsAt desc", groupId)
                .page(Page.of(paging.page, paging.size));
        List<GroupSession> page = sessions.list();
        if (page.isEmpty()) {
            return new PageResult<>(List.of(), paging.page, paging.size, sessions.count());
        }
        Map<UUID, SessionAttendance> byId = SessionAttendance.<SessionAttendance>list("sessionId in ?1",
                        page.stream().map(s -> s.id).toList())
                .stream().collect(Collectors.toMap(a -> a.sessionId, Function.identity()));
        List<AttendanceView> items = page.stream()
                .map(s -> AttendanceView.of(byId.get(s.id), s.startsAt, config.zone())).toList();
        return new PageResult<>(items, paging.page, paging.size, sessions.count());
    }
}
