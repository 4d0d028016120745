package be.koepel.volunteer.rota;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

@Path("/api/on-call")
public class OnCallResource {

    private final Rota rota;
    private final Caller caller;

    public OnCallResource(Rota rota, Caller caller) {
        this.rota = rota;
        this.caller = caller;
    }

    /** {@code ?hospital=az-turnhout&at=2026-11-24T21:00:00+01:00}; without {@code at}, now. */
    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.SERVICE, Roles.VOLUNTEER})
    public OnCallView onCall(@QueryParam("hospital") String hospital, @QueryParam("at") String at) {
        if (hospital == null || hospital.isBlank()) {
            throw ProblemException.badField("hospital", "must be a hospital's organisation id, such as az-turnhout");
        }
        Instant instant = at == null || at.isBlank() ? rota.now() : parseInstant(at);
        OnCallView view = OnCallView.of(hospital, instant, rota.whoIsOnCall(hospital, instant));
        if (caller.is(Roles.COORDINATOR) || caller.is(Roles.SERVICE)) {
            return view;
        }
        // Why a colleague cannot be paged (a pause, a blackout, a lapsed training) is theirs and the coordinators':
        // a volunteer sees only their own reasons.
        return new OnCallView(view.hospitalId(), view.at(), view.volunteers(), view.skipped().stream()
                .filter(s -> caller.volunteerId().filter(s.volunteerId()::equals).isPresent()).toList());
    }

    /** An unencoded {@code +} in a query string arrives as a space; read it as the offset it was meant to be. */
    public static Instant parseInstant(String at) {
        return parseInstant(at, "at");
    }

    /** @param field the query parameter's name, for the problem */
    public static Instant parseInstant(String value, String field) {
        try {
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field,
                    "must be an ISO-8601 date-time with offset, such as 2026-11-24T21:00:00+01:00");
        }
    }
}
