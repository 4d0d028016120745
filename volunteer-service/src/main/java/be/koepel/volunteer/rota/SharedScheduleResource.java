package be.koepel.volunteer.rota;

import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import be.koepel.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/**
 * Schedules shared by a group of hospitals. Rotations, shifts, overrides and swaps go on one by its id
 * ({@code scheduleId} instead of {@code hospitalId}); the hospitals attached get its people on call after their own.
 */
@Path("/api/schedules")
@RolesAllowed(Roles.COORDINATOR)
public class SharedScheduleResource {

    private final Schedules schedules;

    public SharedScheduleResource(Schedules schedules) {
        this.schedules = schedules;
    }

    @POST
    public Response create(@Valid @NotNull NewSchedule request, @Context UriInfo uri) {
        SharedSchedule schedule = schedules.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(schedule.id.toString()).build())
                .entity(ScheduleView.of(schedule)).build();
    }

    @GET
    public PageResult<ScheduleView> list(@Valid @BeanParam PageRequest paging) {
        PanacheQuery<SharedSchedule> query = SharedSchedule.<SharedSchedule>findAll(Sort.by("name").and("id"))
                .page(Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(ScheduleView::of).toList(), paging.page, paging.size,
                query.count());
    }

    @GET
    @Path("/{id}")
    public ScheduleView get(@PathParam("id") UUID id) {
        return ScheduleView.of(Schedules.require(id));
    }

    /** 200 with the schedule; attaching a hospital already in it changes nothing. */
    @POST
    @Path("/{id}/hospitals")
    public ScheduleView attach(@PathParam("id") UUID id, @Valid @NotNull HospitalAttachment request) {
        return ScheduleView.of(schedules.attach(id, request));
    }

    @DELETE
    @Path("/{id}/hospitals/{hospitalId}")
    public ScheduleView detach(@PathParam("id") UUID id, @PathParam("hospitalId") String hospitalId) {
        return ScheduleView.of(schedules.detach(id, hospitalId));
    }

    public record ScheduleView(UUID id, String name, List<String> hospitals, long version) {

        static ScheduleView of(SharedSchedule schedule) {
            Schedule s = schedule.schedule();
            return new ScheduleView(s.id(), s.name(), s.hospitals(), schedule.version);
        }
    }
}
