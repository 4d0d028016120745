package be.koepel.notification.paging;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

@Path("/api/pages")
public class PageResource {

    private final PageAnswers answers;
    private final Caller caller;

    public PageResource(PageAnswers answers, Caller caller) {
        this.answers = answers;
        this.caller = caller;
    }

    /** Every page sent for a referral, in order: what a coordinator checks at 2 a.m. */
    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public List<PageView> forReferral(@QueryParam("referralId") @NotNull UUID referralId) {
        return Escalation.forReferral(referralId)
                .map(escalation -> Page.<Page>list("escalationId = ?1 order by candidateRank, createdAt", escalation.id)
                        .stream().map(page -> PageView.of(page, escalation)).toList())
                .orElse(List.of());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    public PageView get(@PathParam("id") UUID id) {
        Page page = Page.<Page>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Page " + id));
        if (!caller.is(Roles.COORDINATOR) && !page.volunteerId.equals(caller.volunteerId().orElse(null))) {
            throw ProblemException.notFound("Page " + id);
        }
        return PageView.of(page, Escalation.<Escalation>findById(page.escalationId));
    }

    /** "I'm going." Only the volunteer who was paged; answered twice, the second answer changes nothing. */
    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed(Roles.VOLUNTEER)
    public PageView acknowledge(@PathParam("id") UUID id) {
        return answers.acknowledge(id, caller.requireVolunteerId()).page();
    }
}
