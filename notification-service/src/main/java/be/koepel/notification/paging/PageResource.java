package be.koepel.notification.paging;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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

    /**
     * With {@code referralId}: every page sent for that referral, in order, what a coordinator checks
     * at 2 a.m. Without it: the referrals whose paging still runs, newest first, each with its pages.
     */
    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public Object list(@QueryParam("referralId") UUID referralId, @BeanParam @Valid PageRequest request) {
        return referralId == null ? open(request) : forReferral(referralId);
    }

    private List<PageView> forReferral(UUID referralId) {
        return Escalation.forReferral(referralId).map(PageResource::timeline).orElse(List.of());
    }

    private PageResult<OpenPaging> open(PageRequest request) {
        var query = Escalation.<Escalation>find("status = ?1 order by createdAt desc, id", Escalation.Status.PAGING)
                .page(io.quarkus.panache.common.Page.of(request.page, request.size));
        List<OpenPaging> items = query.list().stream()
                .map(escalation -> OpenPaging.of(escalation, timeline(escalation))).toList();
        return new PageResult<>(items, request.page, request.size, query.count());
    }

    private static List<PageView> timeline(Escalation escalation) {
        return Page.<Page>list("escalationId = ?1 order by step, createdAt", escalation.id)
                .stream().map(page -> PageView.of(page, escalation)).toList();
    }

    /** A volunteer's own pages, newest first. */
    @GET
    @Path("/mine")
    @RolesAllowed(Roles.VOLUNTEER)
    public PageResult<PageView> mine(@BeanParam @Valid PageRequest request) {
        UUID volunteerId = caller.requireVolunteerId();
        var query = Page.<Page>find("volunteerId = ?1 order by createdAt desc", volunteerId)
                .page(io.quarkus.panache.common.Page.of(request.page, request.size));
        List<PageView> items = query.list().stream()
                .map(page -> PageView.of(page, Escalation.<Escalation>findById(page.escalationId))).toList();
        return new PageResult<>(items, request.page, request.size, query.count());
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

    /** "I can't go." Only the volunteer who was paged; the next step is paged at once. */
    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.VOLUNTEER)
    public PageView decline(@PathParam("id") UUID id) {
        return answers.decline(id, caller.requireVolunteerId()).page();
    }
}
