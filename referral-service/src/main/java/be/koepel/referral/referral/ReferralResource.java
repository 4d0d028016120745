package be.koepel.referral.referral;

import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import be.koepel.referral.privacy.Erasure;
import be.koepel.referral.trajectory.Trajectory;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/referrals")
public class ReferralResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on the answer to a repeated request: the referral is the original, nothing new was made. */
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    /** The audit log's purpose column leaves room for this after its prefix. */
    private static final int MAX_REASON_LENGTH = 150;
    private static final int GONE = 410;

    private final ReferralIntake intake;
    private final Caller caller;
    private final Clock clock;
    private final Erasure erasure;

    public ReferralResource(ReferralIntake intake, Caller caller, Clock clock, Erasure erasure) {
        this.intake = intake;
        this.caller = caller;
        this.clock = clock;
        this.erasure = erasure;
    }

    /**
     * Referring organisations post their referrals; coordinators enter self- and family referrals.
     * The organisation is the token's, never the body's.
     */
    @POST
    @Transactional
    @RolesAllowed({Roles.REFERRER, Roles.COORDINATOR})
    @Operation(summary = "Refer a person", description = "201 with the referral; a repeat of the same Idempotency-Key "
            + "or external reference within 30 days answers with the original (header Idempotent-Replayed), "
            + "the same key with another body 422.")
    @APIResponse(responseCode = "201", description = "The referral, or the original one of a repeat",
            content = @Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = """
                    {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "The request has invalid fields",
                     "violations": [{"field": "person.phone", "message": "must not be blank"}]}""")))
    public Response receive(@Valid @NotNull NewReferral request,
            @Parameter(description = "Any unique string per request, e.g. a UUID", example = "9b2f6d0e-4c1a-4f5e-a0b1-3c2d1e0f9a8b")
            @HeaderParam(IDEMPOTENCY_KEY) @Size(max = MAX_KEY_LENGTH) String idempotencyKey,
            @Context UriInfo uri) {
        ReferralIntake.Intake result = intake.receive(caller.requireOrganisation(),
                caller.is(Roles.COORDINATOR) && !caller.is(Roles.REFERRER), request, idempotencyKey);
        Referral referral = result.referral();
        Response.ResponseBuilder answer = Response.created(uri.getAbsolutePathBuilder().path(referral.id.toString()).build())
                .entity(ReferralView.of(referral, false));
        if (result.replayed()) {
            answer.header(REPLAYED, "true");
        }
        return answer.build();
    }

    /** A referrer lists its own organisation's referrals, a coordinator all of them, e.g. the flagged ones. */
    @GET
    @Transactional
    @RolesAllowed({Roles.REFERRER, Roles.COORDINATOR})
    @Operation(summary = "List referrals", description = "Newest first; flagged=true lists those linked to an "
            + "already open trajectory of the same person (coordinators).")
    public PageResult<ReferralView> list(@BeanParam @Valid PageRequest page, @QueryParam("flagged") Boolean flagged) {
        boolean coordinator = caller.is(Roles.COORDINATOR);
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (!coordinator) {
            query.append(" and organisationId = :org");
            params.put("org", caller.requireOrganisation());
        }
        if (flagged != null) {
            query.append(" and flaggedForCoordinator = :flagged");
            params.put("flagged", flagged);
        }
        var found = Referral.<Referral>find(query.toString(), Sort.descending("receivedAt"), params)
                .page(Page.of(page.page, page.size));
        return new PageResult<>(found.list().stream().map(r -> ReferralView.of(r, false, coordinator)).toList(),
                page.page, page.size, found.count());
    }

    /** Erasure on request: the personal data goes, the anonymous statistics stay; the erasure is audited. */
    @DELETE
    @Path("/{id}/personal-data")
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Erase a person's personal data on request",
            description = "Also erases the referrals of the same person that joined the same trajectory as duplicates. "
                    + "Keeps the anonymous statistics; each referral's erasure is recorded in the audit log. "
                    + "204, also when erased before.")
    @APIResponse(responseCode = "204", description = "Erased, now or before")
    @APIResponse(responseCode = "404", description = "No such referral",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = """
                    {"type": "about:blank", "title": "Not Found", "status": 404,
                     "detail": "Referral 3f0b8c1e-7a2d-4e5f-9b6c-1d2e3f4a5b6c does not exist or is not yours to see"}""")))
    public Response erasePersonalData(@PathParam("id") UUID id,
            @QueryParam("reason") @Size(max = MAX_REASON_LENGTH) String reason) {
        Referral referral = Referral.<Referral>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Referral " + id));
        erasure.eraseWithLinked(referral, caller.name(), Roles.COORDINATOR,
                reason == null || reason.isBlank() ? "on request" : "on request: " + reason.trim());
        return Response.noContent().build();
    }

    /** A person's data for a coordinator of the network who needs it, e.g. to reach them when no peer can. */
    public record PersonalData(UUID referralId, ReferralView.PersonContact person, Instant readAt) {
    }

    /**
     * Coordinators read a person's contact data and family contacts, each read written to the audit
     * log with its reason. Nobody else reads them here; the assigned peer has them on the referral
     * itself. Like every coordinator endpoint, no organisation claim narrows it: coordinators are
     * the network's staff and see the network (DESIGN.md, security), which the role says.
     */
    @GET
    @Path("/{id}/personal-data")
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "A person's contact data, for a coordinator; every read is audited",
            description = "The reason is required and written to the audit log with who read and when. 410 when "
                    + "the data was erased. Coordinators see the whole network, as on every other coordinator endpoint.")
    @APIResponse(responseCode = "200", description = "The person's contact data and family contacts",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "person", value = """
                    {"referralId": "3f0b8c1e-7a2d-4e5f-9b6c-1d2e3f4a5b6c",
                     "person": {"firstName": "Jan", "phone": "+32 470 12 34 56", "language": "nl", "lastName": "Janssens",
                                "gender": "MALE", "ageBand": "35-44", "municipality": "Turnhout",
                                "familyContacts": [{"name": "An", "relation": "partner", "phone": "+32 471 00 00 00"}]},
                     "readAt": "2026-11-24T21:40:00Z"}""")))
    public PersonalData readPersonalData(@PathParam("id") UUID id,
            @Parameter(description = "Why the coordinator needs the data; kept in the audit log",
                    example = "peer not reachable, coordinator calls the person")
            @QueryParam("reason") @Size(max = MAX_REASON_LENGTH) String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badField("reason", "say why you need the person's data; it is kept in the audit log");
        }
        Referral referral = Referral.<Referral>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Referral " + id));
        if (referral.personalDataErasedAt != null) {
            throw new ProblemException(GONE, "Gone", "The person's data was erased at " + referral.personalDataErasedAt);
        }
        Instant now = clock.instant();
        PersonalDataAccess.record(referral.id, caller.name(), Roles.COORDINATOR, "coordinator reads: " + reason.trim(), now);
        return new PersonalData(referral.id, ReferralView.of(referral, true).person(), now);
    }

    /**
     * A referrer sees its own organisation's referrals, a coordinator every referral, a volunteer
     * only the referral assigned to them, and only they get the person's contact details.
     */
    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.REFERRER, Roles.COORDINATOR, Roles.VOLUNTEER})
    @Operation(summary = "A referral as its reader may see it", description = "The referrer sees status and outcome, "
            + "a coordinator also care details and the trajectory, the assigned peer also the person's contact data "
            + "(audited); anyone else 404.")
    public ReferralView get(@PathParam("id") UUID id) {
        Referral referral = Referral.<Referral>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Referral " + id));
        if (caller.is(Roles.COORDINATOR)) {
            return ReferralView.of(referral, false, true).withOutcome(Trajectory.findById(referral.trajectoryId));
        }
        if (caller.is(Roles.REFERRER) && caller.organisation().filter(referral.organisationId::equals).isPresent()) {
            return ReferralView.of(referral, false).withOutcome(Trajectory.findById(referral.trajectoryId));
        }
        if (caller.is(Roles.VOLUNTEER) && referral.isAssignedTo(caller.volunteerId().orElse(null))) {
            PersonalDataAccess.record(referral.id, caller.name(), Roles.VOLUNTEER,
                    "assigned peer reads contact details to make contact", clock.instant());
            return ReferralView.of(referral, true).withOutcome(Trajectory.findById(referral.trajectoryId));
        }
        // Not "forbidden": whether the referral exists is itself not for this caller to know.
        throw ProblemException.notFound("Referral " + id);
    }
}
