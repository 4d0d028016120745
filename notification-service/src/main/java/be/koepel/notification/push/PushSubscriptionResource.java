package be.koepel.notification.push;

import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;

/**
 * The browsers a volunteer registered for web push. A volunteer registers, lists and removes their
 * own only; a coordinator may list and remove anyone's (a lost phone), never register one.
 */
@Path("/api/push-subscriptions")
public class PushSubscriptionResource {

    private final PushSubscriptions subscriptions;
    private final Vapid vapid;
    private final Caller caller;

    public PushSubscriptionResource(PushSubscriptions subscriptions, Vapid vapid, Caller caller) {
        this.subscriptions = subscriptions;
        this.vapid = vapid;
        this.caller = caller;
    }

    /** The browser's {@code PushSubscription} as JSON; 201 when new, 200 when the browser subscribed again. */
    @POST
    @RolesAllowed(Roles.VOLUNTEER)
    @Transactional
    public Response register(SubscriptionRequest request, @Context UriInfo uri) {
        enabled();
        PushSubscriptions.Registered registered = subscriptions.register(caller.requireVolunteerId(), request);
        SubscriptionView view = SubscriptionView.of(registered.subscription());
        return registered.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build()
                : Response.ok(view).build();
    }

    /** A volunteer's own browsers; a coordinator names the volunteer with {@code volunteerId}. */
    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    public PageResult<SubscriptionView> list(@QueryParam("volunteerId") UUID volunteerId,
            @BeanParam @Valid PageRequest request) {
        UUID whose = caller.is(Roles.COORDINATOR) ? volunteerId : caller.requireVolunteerId();
        if (whose == null) {
            throw ProblemException.badField("volunteerId", "is required for a coordinator");
        }
        if (!caller.is(Roles.COORDINATOR) && volunteerId != null && !volunteerId.equals(whose)) {
            throw ProblemException.forbidden("A volunteer sees only their own push subscriptions");
        }
        var query = PushSubscription.<PushSubscription>find("volunteerId = ?1 order by createdAt, id", whose)
                .page(io.quarkus.panache.common.Page.of(request.page, request.size));
        List<SubscriptionView> items = query.list().stream().map(SubscriptionView::of).toList();
        return new PageResult<>(items, request.page, request.size, query.count());
    }

    /** Another volunteer's subscription is not found, as if it did not exist. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    @Transactional
    public Response delete(@PathParam("id") UUID id) {
        PushSubscription subscription = subscriptions.find(id)
                .filter(s -> caller.is(Roles.COORDINATOR) || s.volunteerId.equals(caller.volunteerId().orElse(null)))
                .orElseThrow(() -> ProblemException.notFound("Push subscription " + id));
        subscriptions.delete(subscription.id);
        return Response.noContent().build();
    }

    private void enabled() {
        if (!vapid.enabled()) {
            throw new ProblemException(404, "Not Found", "Web push is not enabled here (koepel.webpush.enabled)");
        }
    }
}
