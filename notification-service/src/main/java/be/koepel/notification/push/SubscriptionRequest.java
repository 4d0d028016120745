package be.koepel.notification.push;

/**
 * A browser's {@code PushSubscription.toJSON()}: {@code {"endpoint": …, "expirationTime": …,
 * "keys": {"p256dh": …, "auth": …}}}.
 */
public record SubscriptionRequest(String endpoint, Long expirationTime, Keys keys) {

    public record Keys(String p256dh, String auth) {
    }
}
