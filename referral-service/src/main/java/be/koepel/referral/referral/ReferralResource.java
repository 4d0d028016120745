package be.koepel.referral.referral;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.UUID;

@Path("/api/referrals")
public class ReferralResource {

    private final ReferralIntake intake;
    private final Caller caller;
    private final Clock clock;

    public ReferralResource(ReferralIntake intake, Caller caller, Clock clock) {
        this.intake = intake;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.REFERRER)
    public Response receive(@Valid @NotNull NewReferral request, @Context UriInfo uri) {
        Referral referral = intake.receive(caller.requireOrganisation(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(referral.id.toString()).build())
                .entity(ReferralView.of(referral, false)).build();
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
            return ReferralView.of(referral, false);
        }
        if (caller.is(Roles.REFERRER) && caller.organisation().filter(referral.organisationId::equals).isPresent()) {
            return ReferralView.of(referral, false);
        }
        if (caller.is(Roles.VOLUNTEER) && referral.isAssignedTo(caller.volunteerId().orElse(null))) {
            PersonalDataAccess.record(referral.id, caller.name(), Roles.VOLUNTEER,
                    "assigned peer reads contact details to make contact", clock.instant());
            return ReferralView.of(referral, true);
        }
        // Not "forbidden": whether the referral exists is itself not for this caller to know.
        throw ProblemException.notFound("Referral " + id);
    }
}
