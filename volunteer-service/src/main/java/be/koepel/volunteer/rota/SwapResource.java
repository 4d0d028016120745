package be.koepel.volunteer.rota;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A volunteer asks for a swap of their own place; a coordinator approves or rejects it. */
@Path("/api/rota/swaps")
public class SwapResource {

    private final Swaps swaps;
    private final Rota rota;
    private final Caller caller;

    public SwapResource(Swaps swaps, Rota rota, Caller caller) {
        this.swaps = swaps;
        this.rota = rota;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    public Response request(@Valid @NotNull NewSwap request, @Context UriInfo uri) {
        if (!caller.is(Roles.COORDINATOR) && caller.volunteerId().filter(request.requesterId()::equals).isEmpty()) {
            throw ProblemException.forbidden("A volunteer may ask to swap only their own place on the rota");
        }
        SwapRequest swap = swaps.request(request);
        return Response.created(uri.getAbsolutePathBuilder().path(swap.id.toString()).build())
                .entity(SwapView.of(swap)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    public SwapView get(@PathParam("id") UUID id) {
        return SwapRequest.<SwapRequest>findByIdOptional(id)
                .filter(swap -> caller.is(Roles.COORDINATOR) || caller.volunteerId()
                        .filter(me -> me.equals(swap.requesterId) || me.equals(swap.counterpartId)).isPresent())
                .map(SwapView::of)
                .orElseThrow(() -> ProblemException.notFound("Swap request " + id));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.COORDINATOR)
    public SwapView approve(@PathParam("id") UUID id) {
        SwapRequest swap = swaps.decide(id, true, caller.name());
        // Approval puts the counterpart on call in the requester's place: the coordinator hears of their blackouts
        // and of the times outside their weekly availability.
        return SwapView.of(swap, rota.warnings(RotaOverride.<RotaOverride>findById(swap.overrideId)));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.COORDINATOR)
    public SwapView reject(@PathParam("id") UUID id) {
        return SwapView.of(swaps.decide(id, false, caller.name()));
    }

    /** @param hospitalId null when the swap is on a shared schedule ({@code scheduleId}) */
    public record SwapView(UUID id, String hospitalId, UUID scheduleId, UUID requesterId, UUID counterpartId, OffsetDateTime startsAt,
            OffsetDateTime endsAt, SwapRequest.Status status, UUID overrideId, long version, List<String> warnings) {

        static SwapView of(SwapRequest swap) {
            return of(swap, List.of());
        }

        /** @param warnings on approval: the counterpart's blackouts the swapped period touches, times outside their week */
        static SwapView of(SwapRequest swap, List<String> warnings) {
            return new SwapView(swap.id, swap.hospitalId, swap.scheduleId, swap.requesterId, swap.counterpartId,
                    Rota.local(swap.startsAt), Rota.local(swap.endsAt), swap.status, swap.overrideId, swap.version,
                    warnings);
        }
    }
}
