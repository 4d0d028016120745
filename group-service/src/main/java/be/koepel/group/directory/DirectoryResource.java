package be.koepel.group.directory;

import be.koepel.group.config.GroupsConfig;
import be.koepel.group.contactgroup.Audience;
import be.koepel.group.contactgroup.ContactGroup;
import be.koepel.group.contactgroup.GroupStatus;
import be.koepel.group.schedule.MeetingPattern;
import be.koepel.group.session.GroupSession;
import be.koepel.group.session.PublicSessionNote;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code GET /api/public/groups}: the groups, their venue, who is welcome and the next sessions,
 * without a login, for partner websites and the social map. Cacheable by ETag and rate-limited.
 */
@Path("/api/public/groups")
public class DirectoryResource {

    /** A stable id for the network as HSDS organization, derived from its name. */
    private static final String ORGANIZATION_NAMESPACE = "koepel-directory-organization:";
    private static final String COUNTRY = "BE";
    /** HSDS 3.0 enumerations: a venue is a physical place; a paused group is temporarily closed. */
    private static final String PHYSICAL = "physical";
    private static final Map<GroupStatus, String> SERVICE_STATUS = Map.of(
            GroupStatus.ACTIVE, "active", GroupStatus.PAUSED, "temporarily closed", GroupStatus.ENDED, "inactive");
    private static final Map<Audience, String> WELCOME_TEXT = Map.of(
            Audience.PERSONS, "persons with an addiction", Audience.FAMILY, "family and friends",
            Audience.PROFESSIONALS, "professionals");

    private final DirectoryConfig config;
    private final GroupsConfig groups;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final DirectoryLimiter limiter;

    public DirectoryResource(DirectoryConfig config, GroupsConfig groups, ObjectMapper mapper, Clock clock,
            DirectoryLimiter limiter) {
        this.config = config;
        this.groups = groups;
        this.mapper = mapper;
        this.clock = clock;
        this.limiter = limiter;
    }

    @GET
    @PermitAll
    public Response directory(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpServerRequest request, @Context UriInfo uri) {
        Optional<Response> refused = limiter.refuse(request.remoteAddress().host());
        if (refused.isPresent()) {
            return refused.get();
        }
        byte[] body = json(build(uri.getBaseUri().toString()));
        EntityTag etag = new EntityTag(sha256(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) config.maxAge().toSeconds());
        cache.setPrivate(false);
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag.toString()) || ifNoneMatch.equals("*"))) {
            return Response.notModified(etag).cacheControl(cache).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(etag).cacheControl(cache).build();
    }

    /** {@code baseUri}: where this service answers, for the absolute links HSDS asks for. */
    HsdsDirectory build(String baseUri) {
        UUID organizationId = UUID.nameUUIDFromBytes((ORGANIZATION_NAMESPACE + config.organizationName())
                .getBytes(StandardCharsets.UTF_8));
        Instant now = clock.instant();
        List<HsdsDirectory.Service> services = ContactGroup.<ContactGroup>list("status <> ?1",
                        Sort.by("municipality").and("name").and("id"), GroupStatus.ENDED).stream()
                .map(group -> service(group, organizationId, now, baseUri))
                .toList();
        return new HsdsDirectory(new HsdsDirectory.Organization(organizationId, config.organizationName(),
                "Contact groups for people with an addiction, their family and professionals"), services);
    }

    private HsdsDirectory.Service service(ContactGroup group, UUID organizationId, Instant now, String baseUri) {
        List<String> welcome = group.welcome.stream().sorted().map(Audience::name).toList();
        String eligibility = "Welcome: " + group.welcome.stream().sorted().map(WELCOME_TEXT::get)
                .collect(Collectors.joining(", "));
        List<HsdsDirectory.ServiceAtLocation> locations = group.venue() == null ? List.of()
                : List.of(new HsdsDirectory.ServiceAtLocation(group.id, new HsdsDirectory.Location(group.id,
                        PHYSICAL, group.venueName, List.of(new HsdsDirectory.Address(derivedId(group, "address"),
                                group.venueAddress, group.municipality, COUNTRY, PHYSICAL)),
                        group.venueAccessibility == null ? null
                                : List.of(new HsdsDirectory.Accessibility(derivedId(group, "accessibility"),
                                        group.venueAccessibility)))));
        String calendarUrl = baseUri.replaceAll("/+$", "") + "/api/public/groups/" + group.id + "/calendar.ics";
        MeetingPattern pattern = group.meetingPattern();
        List<HsdsDirectory.Schedule> schedules = pattern == null ? List.of()
                : List.of(schedule(derivedId(group, "schedule"), pattern, calendarUrl));
        List<HsdsDirectory.NextSession> next = GroupSession.<GroupSession>find("groupId = ?1 and startsAt > ?2",
                        Sort.by("startsAt"), group.id, now)
                .range(0, config.nextSessions() - 1).list().stream()
                .map(s -> new HsdsDirectory.NextSession(s.startsAt.atZone(groups.zone()).toOffsetDateTime(),
                        s.endsAt.atZone(groups.zone()).toOffsetDateTime(), s.status.name(),
                        // never the leader's free-text reason: it may name someone or their health
                        PublicSessionNote.of(s, groups.zone())))
                .toList();
        return new HsdsDirectory.Service(group.id, organizationId, group.name,
                "Contact group (" + group.method + " method) in " + group.municipality,
                SERVICE_STATUS.get(group.status), eligibility,
                group.languages.stream().sorted()
                        .map(code -> new HsdsDirectory.Language(derivedId(group, "language:" + code), code)).toList(),
                locations, schedules, welcome, group.method, group.municipality, next, calendarUrl);
    }

    private HsdsDirectory.Schedule schedule(UUID id, MeetingPattern pattern, String calendarUrl) {
        String day = pattern.weekday().name().substring(0, 2);
        boolean monthly = !pattern.weeksOfMonth().isEmpty();
        String byday = monthly ? pattern.weeksOfMonth().stream().map(w -> w + day).collect(Collectors.joining(","))
                : day;
        return new HsdsDirectory.Schedule(id, monthly ? "MONTHLY" : "WEEKLY", byday, pattern.startTime().toString(),
                pattern.endTime().toString(), pattern.startsOn() == null ? null : pattern.startsOn().toString(),
                pattern.until() == null ? null : pattern.until().toString(), pattern.describe(), calendarUrl,
                groups.zone().getId());
    }

    /** A stable id for a part of the group's entry that has no id of its own. */
    private static UUID derivedId(ContactGroup group, String part) {
        return UUID.nameUUIDFromBytes((group.id + ":" + part).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] json(HsdsDirectory directory) {
        try {
            return mapper.writeValueAsBytes(directory);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The directory could not be written as JSON", e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
