package be.koepel.notification.push;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A registered browser as its volunteer or a coordinator sees it: the push service's origin only,
 * since the endpoint itself lets whoever knows it push to the browser.
 */
public record SubscriptionView(UUID id, UUID volunteerId, String pushService, Instant createdAt,
        Instant lastSuccessAt, Instant lastFailureAt, String lastFailure) {

    static SubscriptionView of(PushSubscription subscription) {
        URI endpoint = URI.create(subscription.endpoint);
        return new SubscriptionView(subscription.id, subscription.volunteerId,
                endpoint.getScheme() + "://" + endpoint.getAuthority(), subscription.createdAt,
                subscription.lastSuccessAt, subscription.lastFailureAt, subscription.lastFailure);
    }
}
