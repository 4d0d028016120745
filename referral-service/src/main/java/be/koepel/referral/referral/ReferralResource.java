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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/referrals")
public class ReferralResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on the answer to a repeated request: the referral is the original, nothing new was made. */
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    /** The audit log's purpose column leaves room for this after its prefix. */
    private static final int MAX_REASON_LENGTH = 150;

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
            description = "Keeps the anonymous statistics; recorded in the audit log. 204, also when erased before.")
    public Response erasePersonalData(@PathParam("id") UUID id,
            @QueryParam("reason") @Size(max = MAX_REASON_LENGTH) String reason) {
        Referral referral = Referral.<Referral>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Referral " + id));
        erasure.erase(referral, caller.name(), Roles.COORDINATOR,
                reason == null || reason.isBlank() ? "on request" : "on request: " + reason.trim());
        return Response.noContent().build();
    }

    /**
     * A referrer sees its own organisation's referrals, a coordinator every referral, a volunteer
     * only the referral assigned to them, and only they get the person's contact details.
     */
    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.REFERRER, Roles.COORDINATOR, Roles.VOLUNTEER})
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
