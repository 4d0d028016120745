package be.koepel.volunteer.duty;

import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.platform.security.Roles;
import be.koepel.volunteer.rota.OnCallResource;
import be.koepel.volunteer.rota.Rota;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The coordinator-on-duty schedule, separate from the hospitals' peer rota. */
@Path("/api/coordinator-duty")
public class DutyResource {

    private final DutySchedule schedule;

    public DutyResource(DutySchedule schedule) {
        this.schedule = schedule;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    public Response schedule(@Valid @NotNull NewDuty request, @Context UriInfo uri) {
        CoordinatorDuty duty = schedule.schedule(request);
        return Response.created(uri.getAbsolutePathBuilder().path(duty.id.toString()).build())
                .entity(DutyView.of(duty)).build();
    }

    /** {@code ?at=2026-11-24T21:00:00+01:00}; without {@code at}, now. {@code coordinator} is null in a gap. */
    @GET
    @Path("/on-duty")
    @RolesAllowed({Roles.COORDINATOR, Roles.SERVICE, Roles.VOLUNTEER})
    public OnDutyView onDuty(@QueryParam("at") String at) {
        Instant instant = at == null || at.isBlank() ? schedule.now() : OnCallResource.parseInstant(at);
        return new OnDutyView(Rota.local(instant), schedule.onDuty(instant).map(DutyView::of).orElse(null));
    }

    public record DutyView(UUID id, String coordinatorId, String displayName, String phone, String email,
            OffsetDateTime startsAt, OffsetDateTime endsAt, List<ContactChannel> contactChannels) {

        static DutyView of(CoordinatorDuty duty) {
            return new DutyView(duty.id, duty.coordinatorId, duty.displayName, duty.phone, duty.email,
                    Rota.local(duty.startsAt), Rota.local(duty.endsAt), duty.channels());
        }
    }

    public record OnDutyView(OffsetDateTime at, DutyView coordinator) {
    }
}
