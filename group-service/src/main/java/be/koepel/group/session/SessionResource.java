package be.koepel.group.session;

import be.koepel.group.config.GroupsConfig;
import be.koepel.group.contactgroup.ContactGroup;
import be.koepel.group.contactgroup.GroupAccess;
import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Roles;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/groups/{groupId}/sessions")
public class SessionResource {

    private final GroupAccess access;
    private final GroupsConfig config;
    private final Clock clock;

    public SessionResource(GroupAccess access, GroupsConfig config, Clock clock) {
        this.access = access;
        this.config = config;
        this.clock = clock;
    }

    /** Sessions from {@code from} (default: now) on, earliest first. */
    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER, Roles.GROUP_LEADER, Roles.REFERRER, Roles.PARTNER})
    public PageResult<SessionView> list(@PathParam("groupId") UUID groupId, @QueryParam("from") OffsetDateTime from,
            @Valid @BeanParam PageRequest paging) {
        ContactGroup group = GroupAccess.find(groupId);
        var query = GroupSession.<GroupSession>find("groupId = ?1 and endsAt >= ?2", Sort.by("startsAt"),
                groupId, from == null ? clock.instant() : from.toInstant()).page(Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(s -> view(group, s)).toList(),
                paging.page, paging.size, query.count());
    }

    @GET
    @Path("/{sessionId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER, Roles.GROUP_LEADER, Roles.REFERRER, Roles.PARTNER})
    public SessionView get(@PathParam("groupId") UUID groupId, @PathParam("sessionId") UUID sessionId) {
        return view(GroupAccess.find(groupId), find(groupId, sessionId));
    }

    /**
     * The reason for a cancellation or move is free text that may name someone or their health, so
     * only the group's leaders and the coordinators read it; others see that it was cancelled or moved.
     */
    private SessionView view(ContactGroup group, GroupSession session) {
        SessionView view = SessionView.of(session, config.zone());
        return access.isCoordinator() || access.leads(group) ? view : view.withoutReason();
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.GROUP_LEADER})
    public Response addOneOff(@PathParam("groupId") UUID groupId, @Valid @NotNull NewSession request,
            @Context UriInfo uri) {
        access.requireLeaderOrCoordinator(GroupAccess.find(groupId));
        requireEndAfterStart(request.startsAt(), request.endsAt());
        GroupSession session = new GroupSession();
        session.id = UUID.randomUUID();
        session.groupId = groupId;
        session.startsAt = request.startsAt().toInstant();
        session.endsAt = request.endsAt().toInstant();
        session.reason = request.reason();
        session.createdAt = clock.instant();
        session.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(session.id.toString()).build())
                .entity(SessionView.of(session, config.zone())).build();
    }

    @POST
    @Path("/{sessionId}/cancellation")
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.GROUP_LEADER})
    public SessionView cancel(@PathParam("groupId") UUID groupId, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull SessionCancellation request) {
        access.requireLeaderOrCoordinator(GroupAccess.find(groupId));
        GroupSession session = find(groupId, sessionId);
        session.status = SessionStatus.CANCELLED;
        session.reason = request.reason().trim();
        return SessionView.of(session, config.zone());
    }

    @POST
    @Path("/{sessionId}/move")
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.GROUP_LEADER})
    public SessionView move(@PathParam("groupId") UUID groupId, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull SessionMove request) {
        access.requireLeaderOrCoordinator(GroupAccess.find(groupId));
        requireEndAfterStart(request.startsAt(), request.endsAt());
        GroupSession session = find(groupId, sessionId);
        if (session.status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict("Session " + sessionId + " is cancelled; add a one-off session instead");
        }
        session.startsAt = request.startsAt().toInstant();
        session.endsAt = request.endsAt().toInstant();
        session.moved = true;
        session.reason = request.reason().trim();
        return SessionView.of(session, config.zone());
    }

    /** The session, if it is one of this group's; else 404, for every feature that acts on a session. */
    public static GroupSession find(UUID groupId, UUID sessionId) {
        GroupSession session = GroupSession.findById(sessionId);
        if (session == null || !session.groupId.equals(groupId)) {
            throw ProblemException.notFound("Session " + sessionId + " of group " + groupId);
        }
        return session;
    }

    private static void requireEndAfterStart(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.badField("endsAt", "must be after startsAt");
        }
    }

    /** For other features: the group of a session, checked to exist. */
    public static ContactGroup groupOf(GroupSession session) {
        return GroupAccess.find(session.groupId);
    }
}
