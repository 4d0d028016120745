package be.koepel.volunteer.availability;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/** A volunteer sets their own availability; coordinators see and set everyone's. */
@Path("/api/volunteers/{id}/availability")
@RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
public class AvailabilityResource {

    private final Availabilities availabilities;
    private final Caller caller;

    public AvailabilityResource(Availabilities availabilities, Caller caller) {
        this.availabilities = availabilities;
        this.caller = caller;
    }

    /** Another volunteer's availability is answered as absent, like their profile. */
    @GET
    public Availabilities.AvailabilityView get(@PathParam("id") UUID id) {
        if (!isSelfOrCoordinator(id)) {
            throw ProblemException.notFound("Volunteer " + id);
        }
        return availabilities.view(id);
    }

    @PUT
    public Availabilities.AvailabilityView replace(@PathParam("id") UUID id, @Valid @NotNull AvailabilityInput input) {
        if (!isSelfOrCoordinator(id)) {
            throw ProblemException.forbidden("A volunteer may change only their own profile and availability");
        }
        return availabilities.replace(id, input);
    }

    private boolean isSelfOrCoordinator(UUID id) {
        return caller.is(Roles.COORDINATOR) || caller.volunteerId().filter(id::equals).isPresent();
    }
}
