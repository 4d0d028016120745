package be.koepel.platform.security;

import be.koepel.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified access token: roles, organisation and volunteer id. */
@RequestScoped
public class Caller {

    public static final String ORGANISATION_CLAIM = "org";
    public static final String ORGANISATION_TYPE_CLAIM = "org_type";
    public static final String VOLUNTEER_CLAIM = "volunteer_id";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public Optional<String> organisation() {
        return claim(ORGANISATION_CLAIM);
    }

    /** The caller's organisation; a token without the claim may not act for an organisation. */
    public String requireOrganisation() {
        return organisation().orElseThrow(
                () -> ProblemException.forbidden("The token has no '" + ORGANISATION_CLAIM + "' claim"));
    }

    public Optional<UUID> volunteerId() {
        return claim(VOLUNTEER_CLAIM).flatMap(Caller::uuid);
    }

    /** The volunteer the caller is; a token without a valid claim may not act as a volunteer. */
    public UUID requireVolunteerId() {
        return volunteerId().orElseThrow(
                () -> ProblemException.forbidden("The token has no valid '" + VOLUNTEER_CLAIM + "' claim"));
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        // A claim may come back as a JSON string value whose text keeps its quotes.
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", "")).filter(s -> !s.isBlank());
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
