package be.koepel.volunteer.load;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import be.koepel.volunteer.matching.MatchingConfig;
import be.koepel.volunteer.volunteer.Volunteer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.util.UUID;

/** How many trajectories a volunteer guides now; they see their own, coordinators everyone's. */
@Path("/api/volunteers/{id}/load")
public class LoadResource {

    private final Loads loads;
    private final Caller caller;
    private final MatchingConfig config;
    private final Clock clock;

    public LoadResource(Loads loads, Caller caller, MatchingConfig config, Clock clock) {
        this.loads = loads;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    /** @return activeTrajectories, the maximum, and recentAssignments within the fair-spread window */
    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public LoadView get(@PathParam("id") UUID id) {
        boolean allowed = caller.is(Roles.COORDINATOR) || caller.volunteerId().filter(id::equals).isPresent();
        Volunteer volunteer = allowed ? Volunteer.findById(id) : null;
        if (volunteer == null) {
            throw ProblemException.notFound("Volunteer " + id);
        }
        Loads.Figures figures = loads.figures(id, clock.instant().minus(config.fairSpreadWindow()));
        return new LoadView(id, figures.active(), volunteer.maxTrajectories, figures.recent());
    }

    public record LoadView(UUID volunteerId, int activeTrajectories, int maxTrajectories, int recentAssignments) {
    }
}
