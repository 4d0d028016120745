package be.koepel.volunteer.calendar;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import be.koepel.volunteer.rota.Rota;
import be.koepel.volunteer.rota.RotaTimelines;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A volunteer's shifts as a calendar subscription. Calendar apps cannot log in, so the feed is reached with a
 * secret token in the URL instead; the volunteer or a coordinator creates, rotates and revokes it.
 */
@Path("/api/volunteers/{id}")
public class CalendarResource {

    private final CalendarTokens tokens;
    private final RotaTimelines timelines;
    private final CalendarConfig config;
    private final Caller caller;
    private final Clock clock;

    public CalendarResource(CalendarTokens tokens, RotaTimelines timelines, CalendarConfig config, Caller caller,
            Clock clock) {
        this.tokens = tokens;
        this.timelines = timelines;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    /** A new token (any earlier one stops working), shown only in this answer. */
    @POST
    @Path("/calendar-token")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public Response rotate(@PathParam("id") UUID id) {
        requireSelfOrCoordinator(id);
        String token = tokens.rotate(id);
        return Response.status(Response.Status.CREATED)
                .entity(new TokenView(token, "/api/volunteers/" + id + "/shifts.ics?token=" + token)).build();
    }

    @DELETE
    @Path("/calendar-token")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public Response revoke(@PathParam("id") UUID id) {
        requireSelfOrCoordinator(id);
        tokens.revoke(id);
        return Response.noContent().build();
    }

    /** No login; a missing, wrong or revoked token is answered as if there were no such feed. */
    @GET
    @Path("/shifts.ics")
    @PermitAll
    @Produces(IcsCalendar.MEDIA_TYPE)
    public String feed(@PathParam("id") UUID id, @QueryParam("token") String token) {
        if (!tokens.valid(id, token)) {
            throw ProblemException.notFound("Calendar feed");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Rota.REGION);
        return IcsCalendar.render(id, timelines.shiftsOf(id,
                today.minusDays(config.pastDays()).atStartOfDay(Rota.REGION).toInstant(),
                today.plusDays(config.futureDays() + 1L).atStartOfDay(Rota.REGION).toInstant()), clock.instant());
    }

    public record TokenView(String token, String url) {
    }

    private void requireSelfOrCoordinator(UUID id) {
        if (!caller.is(Roles.COORDINATOR) && caller.volunteerId().filter(id::equals).isEmpty()) {
            throw ProblemException.forbidden("A volunteer manages only their own calendar link");
        }
    }
}
