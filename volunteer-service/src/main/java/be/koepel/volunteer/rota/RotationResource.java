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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Rotations and overrides of the on-call schedules, a hospital's own or a shared one; coordinators keep them. */
@Path("/api/rota")
@RolesAllowed(Roles.COORDINATOR)
public class RotationResource {

    private final Rota rota;

    public RotationResource(Rota rota) {
        this.rota = rota;
    }

    @POST
    @Path("/rotations")
    public Response addRotation(@Valid @NotNull NewRotation request, @Context UriInfo uri) {
        Rotation rotation = rota.add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(rotation.id.toString()).build())
                .entity(RotationView.of(rotation, rota.warnings(rotation))).build();
    }

    @GET
    @Path("/rotations/{id}")
    public RotationView rotation(@PathParam("id") UUID id) {
        return Rotation.<Rotation>findByIdOptional(id).map(RotationView::of)
                .orElseThrow(() -> ProblemException.notFound("Rotation " + id));
    }

    @POST
    @Path("/overrides")
    public Response addOverride(@Valid @NotNull NewOverride request, @Context UriInfo uri) {
        RotaOverride override = rota.add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(override.id.toString()).build())
                .entity(OverrideView.of(override, rota.warnings(override))).build();
    }

    /** @param hospitalId null when the rotation is on a shared schedule ({@code scheduleId}) */
    public record RotationView(UUID id, String hospitalId, UUID scheduleId, String name, RotationPlan.Kind kind, LocalTime handOffTime,
            LocalDate firstHandOff, List<UUID> participants, int rank, long version, List<String> warnings) {

        static RotationView of(Rotation rotation) {
            return of(rotation, List.of());
        }

        /** @param warnings turns of the coming weeks in a participant's blackout or outside their weekly availability */
        static RotationView of(Rotation rotation, List<String> warnings) {
            return new RotationView(rotation.id, rotation.hospitalId, rotation.scheduleId, rotation.name, rotation.kind,
                    rotation.handOffTime, rotation.firstHandOff, rotation.plan().participants(), rotation.rank,
                    rotation.version, warnings);
        }
    }

    public record OverrideView(UUID id, String hospitalId, UUID scheduleId, UUID replacedVolunteerId, UUID volunteerId,
            OffsetDateTime startsAt, OffsetDateTime endsAt, long version, List<String> warnings) {

        static OverrideView of(RotaOverride override, List<String> warnings) {
            return new OverrideView(override.id, override.hospitalId, override.scheduleId, override.replacedId, override.replacementId,
                    Rota.local(override.startsAt), Rota.local(override.endsAt), override.version, warnings);
        }
    }
}
