package be.koepel.volunteer.rota;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

@Path("/api/rota/shifts")
@RolesAllowed(Roles.COORDINATOR)
public class RotaResource {

    private final Rota rota;

    public RotaResource(Rota rota) {
        this.rota = rota;
    }

    @POST
    public Response add(@Valid @NotNull NewShift request, @Context UriInfo uri) {
        Shift shift = rota.add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(shift.id.toString()).build())
                .entity(ShiftView.of(shift, rota.warnings(request.volunteerId(), shift.startsAt, shift.endsAt))).build();
    }

    @GET
    @Path("/{id}")
    public ShiftView get(@PathParam("id") UUID id) {
        return Shift.<Shift>find("from Shift s join fetch s.volunteer where s.id = ?1", id).firstResultOptional()
                .map(ShiftView::of)
                .orElseThrow(() -> ProblemException.notFound("Shift " + id));
    }
}
