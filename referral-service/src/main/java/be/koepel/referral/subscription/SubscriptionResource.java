package be.koepel.referral.subscription;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partner organisation's webhooks. A partner sees and changes only its own; what it receives is
 * pseudonymised, and only for persons whose consent names it.
 */
@Path("/api/subscriptions")
@RolesAllowed(Roles.PARTNER)
public class SubscriptionResource {

    /** Short secrets can be guessed; the partner chooses it, the service only checks its length. */
    static final int MIN_SECRET_LENGTH = 16;

    private final Caller caller;
    private final Clock clock;
    private final WebhookConfig config;

    public SubscriptionResource(Caller caller, Clock clock, WebhookConfig config) {
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    @Schema(example = """
            {"url": "https://partner.example.org/koepel/webhook", "secret": "a-long-random-shared-secret"}""")
    public record NewSubscription(
            @NotBlank @Size(max = 2000) String url,
            @NotBlank @Size(min = MIN_SECRET_LENGTH, max = 200) String secret) {
    }

    @Schema(example = """
            {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "partnerId": "caw-de-kempen",
             "url": "https://partner.example.org/koepel/events", "active": true, "consecutiveFailures": 0}""")
    public record SubscriptionView(UUID id, String partnerId, String url, boolean active, int consecutiveFailures,
            Instant disabledAt, Instant createdAt) {

        static SubscriptionView of(PartnerSubscription s) {
            return new SubscriptionView(s.id, s.partnerId, s.url, s.active, s.consecutiveFailures, s.disabledAt, s.createdAt);
        }
    }

    @Schema(example = """
            {"id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "eventId": "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f",
             "eventType": "trajectory.step-recorded.v1", "status": "DELIVERED", "attempts": 1}""")
    public record DeliveryView(UUID id, UUID eventId, String eventType, WebhookDelivery.Status status, int attempts,
            Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt, Instant deliveredAt) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.eventId, d.eventType, d.status, d.attempts,
                    d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null,
                    d.lastStatusCode, d.lastError, d.createdAt, d.deliveredAt);
        }
    }

    @POST
    @Transactional
    @Operation(summary = "Subscribe a webhook", description = "Deliveries are CloudEvents signed with "
            + "Koepel-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of '<t>.<body>' with the secret>.")
    @APIResponse(responseCode = "201", description = "Subscribed; the secret is not shown again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    public Response subscribe(@Valid @NotNull NewSubscription request, @Context UriInfo uri) {
        WebhookUrlGuard.refuse(request.url().trim(), config.allowPrivateAddresses()).ifPresent(reason -> {
            throw ProblemException.badField("url", reason);
        });
        PartnerSubscription subscription = new PartnerSubscription();
        subscription.id = UUID.randomUUID();
        subscription.partnerId = caller.requireOrganisation();
        subscription.url = request.url().trim();
        subscription.secret = request.secret();
        subscription.active = true;
        subscription.createdAt = clock.instant();
        subscription.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(subscription.id.toString()).build())
                .entity(SubscriptionView.of(subscription)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "The partner's own subscriptions, newest first")
    public PageResult<SubscriptionView> list(@BeanParam @Valid PageRequest page) {
        var found = PartnerSubscription.<PartnerSubscription>find("partnerId", Sort.descending("createdAt"),
                caller.requireOrganisation()).page(Page.of(page.page, page.size));
        return new PageResult<>(found.list().stream().map(SubscriptionView::of).toList(), page.page, page.size, found.count());
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One of the partner's subscriptions, with its failures in a row")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return SubscriptionView.of(own(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Transactional
    @Operation(summary = "The delivery log of a subscription, newest first")
    public PageResult<DeliveryView> deliveries(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        PartnerSubscription subscription = own(id);
        var found = WebhookDelivery.<WebhookDelivery>find("subscriptionId", Sort.descending("createdAt"), subscription.id)
                .page(Page.of(page.page, page.size));
        return new PageResult<>(found.list().stream().map(DeliveryView::of).toList(), page.page, page.size, found.count());
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Unsubscribe: no more deliveries to this URL; 204")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "No such subscription of this partner (another partner's looks the same)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = """
                    {"type": "about:blank", "title": "Not Found", "status": 404,
                     "detail": "Subscription 7c9e6679-7425-40de-944b-e07fc1f90ae7 does not exist or is not yours to see"}""")))
    public Response unsubscribe(@PathParam("id") UUID id) {
        own(id).delete();
        return Response.noContent().build();
    }

    private PartnerSubscription own(UUID id) {
        return PartnerSubscription.<PartnerSubscription>findByIdOptional(id)
                .filter(s -> s.partnerId.equals(caller.requireOrganisation()))
                .orElseThrow(() -> ProblemException.notFound("Subscription " + id));
    }
}
