package be.koepel.volunteer.volunteer;

import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import be.koepel.volunteer.rota.Rota;
import java.time.Clock;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/volunteers")
public class VolunteerResource {

    private final VolunteerPool pool;
    private final Caller caller;
    private final Clock clock;

    public VolunteerResource(VolunteerPool pool, Caller caller, Clock clock) {
        this.pool = pool;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    public Response register(@Valid @NotNull NewVolunteer request, @Context UriInfo uri) {
        Volunteer volunteer = pool.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(volunteer.id.toString()).build())
                .entity(VolunteerView.of(volunteer)).build();
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public PageResult<VolunteerView> list(@Valid @BeanParam PageRequest paging) {
        var query = Volunteer.<Volunteer>findAll(Sort.by("displayName").and("id"))
                .page(Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(VolunteerView::of).toList(),
                paging.page, paging.size, query.count());
    }

    /** A volunteer may read their own profile; another's is answered as absent, so ids reveal nothing. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public VolunteerView get(@PathParam("id") UUID id) {
        boolean allowed = caller.is(Roles.COORDINATOR) || caller.volunteerId().filter(id::equals).isPresent();
        return (allowed ? Volunteer.<Volunteer>findByIdOptional(id) : Optional.<Volunteer>empty())
                .map(volunteer -> VolunteerView.of(volunteer, VolunteerPool.trainings(id)))
                .orElseThrow(() -> ProblemException.notFound("Volunteer " + id));
    }

    /** The whole profile; a volunteer edits only their own. */
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public VolunteerView update(@PathParam("id") UUID id, @Valid @NotNull ProfileUpdate request) {
        requireSelfOrCoordinator(id);
        return VolunteerView.of(pool.update(id, request), VolunteerPool.trainings(id));
    }

    /** A volunteer pauses (until a date) and resumes themselves; other changes are a coordinator's. */
    @PUT
    @Path("/{id}/status")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public VolunteerView changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusChange request) {
        requireSelfOrCoordinator(id);
        return VolunteerView.of(pool.changeStatus(id, request, caller.is(Roles.COORDINATOR)), VolunteerPool.trainings(id));
    }

    /**
     * The volunteer's contact methods, replaced whole: {@code {"channels": [{"type": "SMS", "address": "+32…",
     * "order": 0}, {"type": "WEBHOOK", "address": "https://…", "order": 1, "delaySeconds": 120}]}}.
     */
    @PUT
    @Path("/{id}/contact-channels")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public VolunteerView setContactChannels(@PathParam("id") UUID id, @NotNull ContactChannelsInput request) {
        requireSelfOrCoordinator(id);
        return VolunteerView.of(pool.setContactChannels(id, request.channels()), VolunteerPool.trainings(id));
    }

    public record ContactChannelsInput(List<ContactChannelInput> channels) {
    }

    /** Who backs the volunteer up is agreed between the network and the organisation: a coordinator records it. */
    @PUT
    @Path("/{id}/backup")
    @RolesAllowed(Roles.COORDINATOR)
    public VolunteerView setBackup(@PathParam("id") UUID id, @Valid @NotNull BackupInput request) {
        return VolunteerView.of(pool.setBackup(id, request), VolunteerPool.trainings(id));
    }

    /** Trainings are certified by the network, so only a coordinator records them. */
    @POST
    @Path("/{id}/trainings")
    @RolesAllowed(Roles.COORDINATOR)
    public Response addTraining(@PathParam("id") UUID id, @Valid @NotNull NewTraining request, @Context UriInfo uri) {
        Training training = pool.addTraining(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(training.id.toString()).build())
                .entity(VolunteerView.TrainingView.of(training)).build();
    }

    /** Whether the volunteer can be paged for a hospital on a day (today by default), and if not, why. */
    @GET
    @Path("/{id}/pageability")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public PageabilityView pageability(@PathParam("id") UUID id, @QueryParam("hospital") String hospital,
            @QueryParam("on") String on) {
        if (hospital == null || hospital.isBlank()) {
            throw ProblemException.badField("hospital", "must be a hospital's organisation id, such as az-turnhout");
        }
        LocalDate day = on == null || on.isBlank() ? LocalDate.ofInstant(clock.instant(), Rota.REGION) : parseDay(on);
        requireSelfOrCoordinator(id);
        Volunteer volunteer = Volunteer.<Volunteer>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Volunteer " + id));
        List<String> obstacles = pool.obstacles(volunteer,
                VolunteerPool.trainings(id).stream().map(Training::toRecord).toList(), hospital, day);
        return new PageabilityView(id, hospital, day, obstacles.isEmpty(), obstacles);
    }

    public record PageabilityView(UUID volunteerId, String hospitalId, LocalDate on, boolean pageable,
            List<String> obstacles) {
    }

    /** Editing someone else's data is refused outright (403): unlike reading, the attempt itself is the error. */
    private void requireSelfOrCoordinator(UUID id) {
        if (!caller.is(Roles.COORDINATOR) && caller.volunteerId().filter(id::equals).isEmpty()) {
            throw ProblemException.forbidden("A volunteer may change only their own profile and availability");
        }
    }

    private static LocalDate parseDay(String day) {
        try {
            return LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("on", "must be an ISO-8601 date such as 2026-11-24");
        }
    }
}
