package be.koepel.bench;

import be.koepel.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Bearer tokens for the load: the same scenario code runs against the stack the bench starts
 * (tokens signed for the OIDC test server) and against a running stack (tokens from Keycloak).
 * Tokens are cached and renewed well before they expire, as a real client would.
 */
interface Credentials {

    String referrer(Organisation organisation);

    String coordinator();

    /** Signed with the OIDC test server's key, as the system tests do; valid for 30 minutes. */
    static Credentials signedForTestServer() {
        return new Cached(Duration.ofMinutes(10)) {
            @Override
            Token fetch(String who) {
                String token = who.equals("coordinator") ? Tokens.coordinator() : Tokens.referrer(who.substring(who.indexOf(':') + 1), who.substring(0, who.indexOf(':')));
                return new Token(token, Duration.ofMinutes(30));
            }
        };
    }

    /** From the local stack's Keycloak, realm koepel: client credentials for hospitals, the CLI client for users. */
    static Credentials keycloak(String keycloakUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        String tokenUrl = keycloakUrl + "/realms/koepel/protocol/openid-connect/token";
        return new Cached(null) {
            @Override
            Token fetch(String who) {
                Map<String, String> form;
                if (who.equals("coordinator")) {
                    form = Map.of("grant_type", "password", "client_id", "koepel-cli", "username", "coordinator",
                            "password", Organisation.DEV_PASSWORD);
                } else {
                    Organisation org = byKey(who);
                    if (org.login() instanceof Organisation.ClientCredentials c) {
                        form = Map.of("grant_type", "client_credentials", "client_id", c.clientId(),
                                "client_secret", c.secret());
                    } else {
                        Organisation.Password p = (Organisation.Password) org.login();
                        form = Map.of("grant_type", "password", "client_id", "koepel-cli",
                                "username", p.username(), "password", p.password());
                    }
                }
                String body = form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("Keycloak refused a token for " + who + ": "
                                + response.statusCode() + " " + response.body());
                    }
                    JsonNode answer = json.readTree(response.body());
                    return new Token(answer.path("access_token").asText(),
                            Duration.ofSeconds(answer.path("expires_in").asLong(300)));
                } catch (IOException e) {
                    throw new IllegalStateException("no token from " + tokenUrl + " for " + who + ": " + e, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static Organisation byKey(String key) {
        String id = key.substring(key.indexOf(':') + 1);
        return java.util.stream.Stream.concat(Organisation.HOSPITALS.stream(),
                        java.util.stream.Stream.of(Organisation.GP, Organisation.OCMW, Organisation.CAW))
                .filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    record Token(String value, Duration lifetime) {
    }

    /** Keeps each token until half its lifetime (or {@code renewAfter}) has passed. */
    abstract class Cached implements Credentials {
        private record Held(String value, long renewAt) {
        }

        private final Map<String, Held> held = new ConcurrentHashMap<>();
        private final Duration renewAfter;

        Cached(Duration renewAfter) {
            this.renewAfter = renewAfter;
        }

        abstract Token fetch(String who);

        private String get(String who) {
            Held current = held.get(who);
            if (current != null && System.nanoTime() < current.renewAt()) {
                return current.value();
            }
            Token token = fetch(who);
            Duration keep = renewAfter != null ? renewAfter : token.lifetime().dividedBy(2);
            held.put(who, new Held(token.value(), System.nanoTime() + keep.toNanos()));
            return token.value();
        }

        @Override
        public String referrer(Organisation organisation) {
            return get(organisation.type() + ":" + organisation.id());
        }

        @Override
        public String coordinator() {
            return get("coordinator");
        }
    }
}
