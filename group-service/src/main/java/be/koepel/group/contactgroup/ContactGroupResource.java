package be.koepel.group.contactgroup;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Clock;
import java.util.UUID;

@Path("/api/groups")
public class ContactGroupResource {

    private final Clock clock;

    public ContactGroupResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER, Roles.GROUP_LEADER, Roles.REFERRER, Roles.PARTNER})
    public PageResult<ContactGroupView> list(@Valid @BeanParam PageRequest paging) {
        var query = ContactGroup.<ContactGroup>findAll(Sort.by("municipality").and("name"))
                .page(Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(ContactGroupView::of).toList(),
                paging.page, paging.size, query.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER, Roles.GROUP_LEADER, Roles.REFERRER, Roles.PARTNER})
    public ContactGroupView get(@PathParam("id") UUID id) {
        return ContactGroup.<ContactGroup>findByIdOptional(id).map(ContactGroupView::of)
                .orElseThrow(() -> ProblemException.notFound("Contact group " + id));
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    public Response create(@Valid @NotNull NewContactGroup request, @Context UriInfo uri) {
        ContactGroup group = new ContactGroup();
        group.id = UUID.randomUUID();
        group.name = request.name().trim();
        group.municipality = request.municipality().trim();
        group.createdAt = clock.instant();
        group.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(group.id.toString()).build())
                .entity(ContactGroupView.of(group)).build();
    }
}
