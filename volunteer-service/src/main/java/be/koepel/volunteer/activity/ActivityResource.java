package be.koepel.volunteer.activity;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import be.koepel.volunteer.rota.Rota;
import be.koepel.volunteer.rota.RotaTimelines;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer's year of activity, for recognition and the volunteer insurance report: the volunteer sees
 * their own, coordinators everyone's.
 */
@Path("/api/volunteers/{id}/activity")
public class ActivityResource {

    /** Years the network can have data for; anything else is a typo. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2999;
    private static final double SECONDS_PER_HOUR = 3600.0;

    private final Caller caller;
    private final RotaTimelines timelines;
    private final Clock clock;

    public ActivityResource(Caller caller, RotaTimelines timelines, Clock clock) {
        this.caller = caller;
        this.timelines = timelines;
        this.clock = clock;
    }

    /** {@code ?year=2026}; without it, this year. The year is a local (Europe/Brussels) calendar year. */
    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public ActivityView activity(@PathParam("id") UUID id, @QueryParam("year") String year) {
        int y = year == null || year.isBlank() ? Year.now(clock.withZone(Rota.REGION)).getValue() : parseYear(year);
        if (!caller.is(Roles.COORDINATOR) && caller.volunteerId().filter(id::equals).isEmpty()) {
            throw ProblemException.notFound("Volunteer " + id);
        }
        Instant from = LocalDate.of(y, 1, 1).atStartOfDay(Rota.REGION).toInstant();
        Instant to = LocalDate.of(y + 1, 1, 1).atStartOfDay(Rota.REGION).toInstant();
        List<ActivityEntry> entries = ActivityEntry.<ActivityEntry>list(
                "volunteerId = ?1 and startsAt >= ?2 and startsAt < ?3 order by startsAt, id", id, from, to);
        long visits = entries.stream().filter(e -> ActivityLog.BEDSIDE_VISIT.equals(e.kind)).count();
        List<ActivityEntry> sessions = entries.stream().filter(e -> ActivityLog.GROUP_SESSION.equals(e.kind)).toList();
        long sessionSeconds = sessions.stream().filter(e -> e.endsAt != null && e.endsAt.isAfter(e.startsAt))
                .mapToLong(e -> Duration.between(e.startsAt, e.endsAt).toSeconds()).sum();
        // As the rota stands now: a change made afterwards to a past period would show here too.
        long onCallSeconds = timelines.shiftsOf(id, from, to).stream()
                .mapToLong(s -> Duration.between(s.startsAt(), s.endsAt()).toSeconds()).sum();
        return new ActivityView(id, y, new Summary(visits, sessions.size(), round(sessionSeconds / SECONDS_PER_HOUR),
                round(onCallSeconds / SECONDS_PER_HOUR)),
                entries.stream().map(Entry::of).toList());
    }

    public record ActivityView(UUID volunteerId, int year, Summary summary, List<Entry> entries) {
    }

    /** @param onCallHours on call on the rota (any rank) during the year */
    public record Summary(long bedsideVisits, long groupSessionsLed, double groupSessionHours, double onCallHours) {
    }

    /** @param title the group's name, for a session */
    public record Entry(String kind, String title, OffsetDateTime startsAt, OffsetDateTime endsAt) {

        static Entry of(ActivityEntry entry) {
            return new Entry(entry.kind, entry.title, Rota.local(entry.startsAt),
                    entry.endsAt == null ? null : Rota.local(entry.endsAt));
        }
    }

    private static int parseYear(String year) {
        try {
            int y = Integer.parseInt(year.trim());
            if (y >= FIRST_YEAR && y <= LAST_YEAR) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range year
        }
        throw ProblemException.badField("year", "must be a year such as 2026");
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
