package be.koepel.referral.trajectory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import be.koepel.referral.referral.PersonalDataAccess;
import be.koepel.referral.referral.Referral;
import be.koepel.referral.referral.ReferralConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Trajectories for the peer who guides them and for coordinators; referrers and other peers do not see them. */
@Path("/api/trajectories")
public class TrajectoryResource {

    private final Trajectories trajectories;
    private final Caller caller;
    private final Clock clock;
    private final ReferralConfig config;
    private final FollowUps followUps;

    public TrajectoryResource(Trajectories trajectories, Caller caller, Clock clock, ReferralConfig config,
            FollowUps followUps) {
        this.followUps = followUps;
        this.trajectories = trajectories;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    /** A follow-up whose next-contact date passed with no step since: the reminder list. */
    @Schema(example = """
            {"trajectoryId": "c0a80101-0000-4000-8000-000000000001", "nextContactOn": "2026-11-20",
             "assignedVolunteerId": "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"}""")
    public record FollowUpDue(UUID trajectoryId, LocalDate nextContactOn, UUID assignedVolunteerId) {
    }

    @GET
    @Path("/follow-ups-due")
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    @Operation(summary = "Follow-ups that lapsed", description = "Open trajectories whose latest follow-up contact "
            + "has a next-contact date before today and no later follow-up or closure: a peer sees their own, "
            + "a coordinator all.")
    public List<FollowUpDue> followUpsDue() {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        UUID volunteer = caller.is(Roles.COORDINATOR) ? null : caller.requireVolunteerId();
        return followUps.lapsed(today, volunteer).stream()
                .map(l -> new FollowUpDue(l.trajectoryId(), l.nextContactOn(), l.assignedVolunteerId())).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    @Operation(summary = "A trajectory with its whole history (who, when, what)")
    @APIResponse(responseCode = "200", description = "The trajectory; its ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TrajectoryView.class)))
    public Response get(@PathParam("id") UUID id) {
        Trajectory trajectory = visible(id);
        return Response.ok(view(trajectory)).tag(String.valueOf(trajectory.version)).build();
    }

    /** If-Match with the trajectory's version (its ETag) guards against overwriting a step recorded meanwhile. */
    @POST
    @Path("/{id}/steps")
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    @Operation(summary = "Record a step", description = "Bedside visit, options offered, referred on, follow-up contact, "
            + "closed (with a reason) or reopened (with a reason). Optional If-Match with the version: 412 when it moved.")
    @APIResponse(responseCode = "201", description = "The trajectory with the step in its history",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TrajectoryView.class)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull NewStep step,
            @HeaderParam("If-Match") String ifMatch) {
        visible(id);
        trajectories.record(id, expectedVersion(ifMatch), step, caller.name(),
                caller.is(Roles.COORDINATOR) ? Roles.COORDINATOR : Roles.VOLUNTEER);
        Trajectory.flush();
        Trajectory updated = visible(id);
        return Response.status(Response.Status.CREATED).entity(view(updated)).tag(String.valueOf(updated.version)).build();
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badField("If-Match", "must be the trajectory's ETag, its version");
        }
    }

    private Trajectory visible(UUID id) {
        Trajectory trajectory = Trajectory.<Trajectory>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Trajectory " + id));
        if (caller.is(Roles.COORDINATOR)) {
            return trajectory;
        }
        UUID volunteer = caller.volunteerId().orElse(null);
        if (volunteer != null && volunteer.equals(trajectory.assignedVolunteerId)) {
            return trajectory;
        }
        throw ProblemException.notFound("Trajectory " + id);
    }

    /**
     * The peer's notes and free text may name the person, so whoever is shown them is written to
     * the audit log of personal data, as a read of the contact data is: one row per referral of the
     * trajectory. A history without free text shows nothing personal and is not audited.
     */
    private TrajectoryView view(Trajectory trajectory) {
        List<UUID> referralIds = Referral.<Referral>find("trajectoryId = ?1 order by receivedAt", trajectory.id).stream()
                .map(r -> r.id).toList();
        List<TrajectoryStep> history = TrajectoryStep.history(trajectory.id);
        if (history.stream().anyMatch(TrajectoryStep::hasFreeText)) {
            String role = caller.is(Roles.COORDINATOR) ? Roles.COORDINATOR : Roles.VOLUNTEER;
            String purpose = caller.is(Roles.COORDINATOR) ? "coordinator reads the trajectory's notes"
                    : "assigned peer reads the trajectory's notes";
            var at = clock.instant();
            referralIds.forEach(referralId ->
                    PersonalDataAccess.record(referralId, trajectory.id, caller.name(), role, purpose, at));
        }
        return TrajectoryView.of(trajectory, referralIds, history);
    }
}
