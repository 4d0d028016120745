package be.koepel.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Real signed access tokens, as Keycloak would issue them, for the OIDC test server that
 * {@link KoepelTestResource} starts. Tests read as
 * {@code given().auth().oauth2(hospital("az-turnhout"))}.
 */
public final class Tokens {

    /** The issuer and key of {@code io.quarkus.test.oidc.server.OidcWiremockTestResource}. */
    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "koepel";
    private static final String SIGNING_KEY = "privateKey.jwk";
    private static final String KEY_ID = "1";
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private Tokens() {
    }

    /** A hospital's system: role {@code referrer}, organisation type HOSPITAL. */
    public static String hospital(String organisationId) {
        return referrer(organisationId, "HOSPITAL");
    }

    /** A referring organisation's user or system, e.g. a GP practice, OCMW or CAW. */
    public static String referrer(String organisationId, String organisationType) {
        return token(organisationId + "-system", Set.of("referrer"),
                Map.of("org", organisationId, "org_type", organisationType));
    }

    public static String coordinator() {
        return token("coordinator", Set.of("coordinator"), Map.of("org", "koepel"));
    }

    /** A peer supporter, who may act only for themselves. */
    public static String volunteer(UUID volunteerId) {
        return token("volunteer-" + volunteerId, Set.of("volunteer"), Map.of("volunteer_id", volunteerId.toString()));
    }

    public static String partner(String organisationId) {
        return token(organisationId + "-partner", Set.of("partner"), Map.of("org", organisationId));
    }

    public static String groupLeader(UUID volunteerId) {
        return token("leader-" + volunteerId, Set.of("volunteer", "group-leader"),
                Map.of("volunteer_id", volunteerId.toString()));
    }

    /** A token with any roles and claims, for the cases the named helpers do not cover. */
    public static String token(String subject, Set<String> roles, Map<String, String> claims) {
        return builder(subject, roles, claims).issuer(ISSUER).jws().keyId(KEY_ID).sign(SIGNING_KEY);
    }

    /** Signed by the right key but for another issuer: must be refused with 401. */
    public static String fromForeignIssuer(String organisationId) {
        return builder(organisationId, Set.of("referrer"), Map.of("org", organisationId))
                .issuer("https://elsewhere.example.org").jws().keyId(KEY_ID).sign(SIGNING_KEY);
    }

    private static JwtClaimsBuilder builder(String subject, Set<String> roles, Map<String, String> claims) {
        Instant now = Instant.now();
        JwtClaimsBuilder builder = Jwt.subject(subject)
                .preferredUserName(subject)
                .audience(AUDIENCE)
                .groups(roles)
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim("jti", UUID.randomUUID().toString());
        claims.forEach(builder::claim);
        return builder;
    }
}
