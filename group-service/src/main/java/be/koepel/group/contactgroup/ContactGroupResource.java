package be.koepel.group.contactgroup;

import be.koepel.group.config.GroupsConfig;
import be.koepel.group.schedule.MeetingPattern;
import be.koepel.group.session.SessionPlanner;
import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import be.koepel.platform.problem.Problem;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/groups")
public class ContactGroupResource {

    private final Clock clock;
    private final GroupAccess access;
    private final SessionPlanner planner;
    private final GroupsConfig config;

    public ContactGroupResource(Clock clock, GroupAccess access, SessionPlanner planner, GroupsConfig config) {
        this.clock = clock;
        this.access = access;
        this.planner = planner;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER, Roles.GROUP_LEADER, Roles.REFERRER, Roles.PARTNER})
    public PageResult<ContactGroupView> list(@Valid @BeanParam PageRequest paging) {
        var query = ContactGroup.<ContactGroup>findAll(Sort.by("municipality").and("name"))
                .page(Page.of(paging.page, paging.size));
        return new PageResult<>(ContactGroupView.of(query.list()), paging.page, paging.size, query.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER, Roles.GROUP_LEADER, Roles.REFERRER, Roles.PARTNER})
    public Response get(@PathParam("id") UUID id) {
        ContactGroup group = GroupAccess.find(id);
        return Response.ok(ContactGroupView.of(group)).tag(etag(group)).build();
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    public Response create(@Valid @NotNull NewContactGroup request, @Context UriInfo uri) {
        validate(request);
        ContactGroup group = new ContactGroup();
        group.id = UUID.randomUUID();
        group.createdAt = clock.instant();
        group.apply(request);
        group.persist();
        planner.extend(group);
        return Response.created(uri.getAbsolutePathBuilder().path(group.id.toString()).build())
                .entity(ContactGroupView.of(group)).tag(etag(group)).build();
    }

    /**
     * Replaces the group's description. Coordinators edit any group; a leader edits their own,
     * but who leads it is the coordinators' call. With {@code If-Match}, a stale version gets 412.
     */
    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.GROUP_LEADER})
    public Response update(@PathParam("id") UUID id, @Valid @NotNull NewContactGroup request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ContactGroup group = GroupAccess.find(id);
        access.requireLeaderOrCoordinator(group);
        if (ifMatch != null && !ifMatch.equals(etag(group).toString())) {
            throw new ProblemException(412, "Precondition Failed",
                    "Group " + id + " changed since version " + ifMatch + "; it is now at " + etag(group));
        }
        // An edit replaces the whole description, so leaving the leaders out empties them: from a
        // leader that would be a change of who leads (the group left without leaders) like any other.
        Set<UUID> leaders = request.leaders() == null ? Set.of() : Set.copyOf(request.leaders());
        if (!access.isCoordinator() && !leaders.equals(group.leaders)) {
            throw ProblemException.forbidden("Only a coordinator changes who leads a group; "
                    + "an edit by a leader names the group's leaders as they are");
        }
        validate(request);
        if (group.apply(request)) {
            planner.replan(group);
        }
        group.persistAndFlush();
        return Response.ok(ContactGroupView.of(group)).tag(etag(group)).build();
    }

    /** Rules beyond single fields, all reported at once and before anything changes. */
    private void validate(NewContactGroup request) {
        MeetingPattern pattern = request.meetingPattern();
        if (pattern == null) {
            return;
        }
        List<Problem.Violation> violations = new ArrayList<>(pattern.violations("meetingPattern"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        if (violations.isEmpty() && pattern.firstDateOnOrAfter(today).isEmpty()) {
            violations.add(new Problem.Violation("meetingPattern", "never produces a session from today on"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
    }

    private static EntityTag etag(ContactGroup group) {
        return new EntityTag(Long.toString(group.version));
    }
}
