package be.koepel.group.session;

import be.koepel.group.config.GroupsConfig;
import be.koepel.group.contactgroup.ContactGroup;
import be.koepel.group.contactgroup.GroupAccess;
import be.koepel.group.directory.DirectoryLimiter;
import io.quarkus.panache.common.Sort;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A group's sessions as an iCal feed. Public like the directory: calendar apps subscribe
 * without a login, and it tells no more than the directory does (no attendance, no names, no
 * leader's reason for a cancellation or move: only that it happened, see {@link PublicSessionNote}).
 * Rate-limited with the directory, since anyone can make it read the database.
 */
@Path("/api/public/groups/{groupId}/calendar.ics")
public class CalendarResource {

    public static final String TEXT_CALENDAR = "text/calendar";

    private final GroupsConfig config;
    private final Clock clock;
    private final DirectoryLimiter limiter;

    public CalendarResource(GroupsConfig config, Clock clock, DirectoryLimiter limiter) {
        this.config = config;
        this.clock = clock;
        this.limiter = limiter;
    }

    @GET
    @PermitAll
    @Produces(TEXT_CALENDAR + ";charset=utf-8")
    public Response feed(@PathParam("groupId") UUID groupId, @Context HttpServerRequest request) {
        Optional<Response> refused = limiter.refuse(request.remoteAddress().host());
        if (refused.isPresent()) {
            return refused.get();
        }
        ContactGroup group = GroupAccess.find(groupId);
        Instant now = clock.instant();
        // a month back, so a calendar still shows the session someone just went to
        Instant since = now.atZone(config.zone()).minusMonths(1).toInstant();
        var events = GroupSession.<GroupSession>list("groupId = ?1 and startsAt >= ?2", Sort.by("startsAt"), groupId, since)
                .stream()
                .map(s -> new IcsCalendar.Event(s.id + "@koepel.be", s.startsAt, s.endsAt, group.name,
                        group.venueAddress, PublicSessionNote.of(s, config.zone()), s.status == SessionStatus.CANCELLED, now))
                .toList();
        return Response.ok(IcsCalendar.write(group.name, events)).build();
    }
}
