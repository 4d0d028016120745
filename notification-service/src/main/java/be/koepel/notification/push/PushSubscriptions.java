package be.koepel.notification.push;

import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The browsers volunteers registered for web push; every method runs in the caller's transaction. */
@ApplicationScoped
public class PushSubscriptions {

    /** What {@link #register} did. */
    public record Registered(PushSubscription subscription, boolean created) {
    }

    static final int MAX_ENDPOINT_LENGTH = 2000;
    private static final int P256DH_BYTES = 65;
    private static final int AUTH_BYTES = 16;
    /** secp256r1 (NIST P-256), SEC 2 section 2.4.2: y² = x³ + ax + b over p. */
    private static final BigInteger P = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final BigInteger A = new BigInteger("ffffffff00000001000000000000000000000000fffffffffffffffffffffffc", 16);
    private static final BigInteger B = new BigInteger("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);

    private final EntityManager em;
    private final Clock clock;
    private final WebPushConfig config;

    public PushSubscriptions(EntityManager em, Clock clock, WebPushConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Keeps a browser's subscription for this volunteer. The same endpoint again (the browser
     * subscribed anew, its keys may have changed) updates it; an endpoint another volunteer had
     * registered moves to this one, since a browser profile belongs to whoever subscribed in it last.
     *
     * @throws ProblemException 400 naming each bad field
     */
    public Registered register(UUID volunteerId, SubscriptionRequest request) {
        List<Problem.Violation> violations = violations(request, config.requireHttps());
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The push subscription has invalid fields", violations);
        }
        String endpoint = request.endpoint().trim();
        Optional<PushSubscription> known = PushSubscription.find("endpoint", endpoint).firstResultOptional();
        PushSubscription subscription = known.orElseGet(PushSubscription::new);
        boolean created = known.isEmpty() || !known.get().volunteerId.equals(volunteerId);
        if (known.isEmpty()) {
            subscription.id = UUID.randomUUID();
            subscription.endpoint = endpoint;
        }
        if (created) {
            subscription.createdAt = clock.instant();
            subscription.lastSuccessAt = null;
            subscription.lastFailureAt = null;
            subscription.lastFailure = null;
        }
        subscription.volunteerId = volunteerId;
        subscription.p256dh = request.keys().p256dh().trim();
        subscription.auth = request.keys().auth().trim();
        subscription.persist();
        return new Registered(subscription, created);
    }

    public List<PushSubscription> of(UUID volunteerId) {
        return PushSubscription.list("volunteerId = ?1 order by createdAt, id", volunteerId);
    }

    public boolean any(UUID volunteerId) {
        return PushSubscription.count("volunteerId", volunteerId) > 0;
    }

    public Optional<PushSubscription> find(UUID id) {
        return PushSubscription.findByIdOptional(id);
    }

    public void delete(UUID id) {
        PushSubscription.deleteById(id);
    }

    public void succeeded(UUID id, Instant at) {
        em.createQuery("update PushSubscription set lastSuccessAt = :at where id = :id")
                .setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    public void failed(UUID id, Instant at, String reason) {
        em.createQuery("update PushSubscription set lastFailureAt = :at, lastFailure = :reason where id = :id")
                .setParameter("at", at).setParameter("reason", reason).setParameter("id", id).executeUpdate();
    }

    /**
     * What is wrong with a subscription, field by field: an absolute https endpoint (a push service
     * never speaks plain HTTP; {@code requireHttps} is off only for the tests' stub), a P-256 public
     * key that is a point on the curve, and a 16-byte auth secret, both base64url.
     */
    static List<Problem.Violation> violations(SubscriptionRequest request, boolean requireHttps) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (request == null) {
            violations.add(new Problem.Violation("endpoint", "is required"));
            violations.add(new Problem.Violation("keys", "is required"));
            return violations;
        }
        endpointProblem(request.endpoint(), requireHttps)
                .ifPresent(message -> violations.add(new Problem.Violation("endpoint", message)));
        if (request.keys() == null) {
            violations.add(new Problem.Violation("keys", "is required: {\"p256dh\": …, \"auth\": …}"));
            return violations;
        }
        Optional<byte[]> p256dh = base64url(request.keys().p256dh());
        if (p256dh.isEmpty() || !onCurve(p256dh.get())) {
            violations.add(new Problem.Violation("keys.p256dh",
                    "must be the browser's P-256 public key: 65 bytes, uncompressed, base64url"));
        }
        Optional<byte[]> auth = base64url(request.keys().auth());
        if (auth.isEmpty() || auth.get().length != AUTH_BYTES) {
            violations.add(new Problem.Violation("keys.auth", "must be the browser's auth secret: 16 bytes, base64url"));
        }
        return violations;
    }

    private static Optional<String> endpointProblem(String endpoint, boolean requireHttps) {
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.of("is required");
        }
        if (endpoint.length() > MAX_ENDPOINT_LENGTH) {
            return Optional.of("is longer than " + MAX_ENDPOINT_LENGTH + " characters");
        }
        try {
            URI uri = new URI(endpoint.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean allowed = "https".equals(scheme) || (!requireHttps && "http".equals(scheme));
            if (!uri.isAbsolute() || uri.getHost() == null || !allowed) {
                return Optional.of("must be the push service's https URL");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("must be the push service's https URL");
        }
    }

    private static Optional<byte[]> base64url(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An uncompressed point (0x04 ‖ x ‖ y) that lies on P-256: else no payload could ever be encrypted for it. */
    private static boolean onCurve(byte[] point) {
        if (point.length != P256DH_BYTES || point[0] != 0x04) {
            return false;
        }
        BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, java.util.Arrays.copyOfRange(point, 33, 65));
        if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(P);
        BigInteger right = x.pow(3).add(A.multiply(x)).add(B).mod(P);
        return left.equals(right);
    }
}
