package be.koepel.volunteer.volunteer;

import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;

@Path("/api/volunteers")
public class VolunteerResource {

    private final VolunteerPool pool;
    private final Caller caller;

    public VolunteerResource(VolunteerPool pool, Caller caller) {
        this.pool = pool;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    public Response register(@Valid @NotNull NewVolunteer request, @Context UriInfo uri) {
        Volunteer volunteer = pool.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(volunteer.id.toString()).build())
                .entity(VolunteerView.of(volunteer)).build();
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public PageResult<VolunteerView> list(@Valid @BeanParam PageRequest paging) {
        var query = Volunteer.<Volunteer>findAll(Sort.by("displayName").and("id"))
                .page(Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(VolunteerView::of).toList(),
                paging.page, paging.size, query.count());
    }

    /** A volunteer may read their own profile; another's is answered as absent, so ids reveal nothing. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public VolunteerView get(@PathParam("id") UUID id) {
        boolean allowed = caller.is(Roles.COORDINATOR) || caller.volunteerId().filter(id::equals).isPresent();
        return (allowed ? Volunteer.<Volunteer>findByIdOptional(id) : Optional.<Volunteer>empty())
                .map(VolunteerView::of)
                .orElseThrow(() -> ProblemException.notFound("Volunteer " + id));
    }
}
