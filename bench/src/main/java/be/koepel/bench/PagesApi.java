package be.koepel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * notification-service's pages of a referral, as a coordinator reads them (GET /api/pages?referralId=):
 * when each page was created and its deadline. Read after a step, never while one is measured.
 */
final class PagesApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private PagesApi() {
    }

    /** The rank-1 page of the referral, if notification-service has one. */
    static Optional<JsonNode> firstPage(Load load, String referralId) {
        return page(load, referralId, 1);
    }

    /** The page of the referral's escalation step {@code step}, if notification-service has one. */
    static Optional<JsonNode> page(Load load, String referralId, int step) {
        if (referralId == null) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(load.stack.url("notification-service") + "/api/pages?referralId=" + referralId))
                    .header("Authorization", "Bearer " + load.stack.credentials().coordinator())
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            for (JsonNode page : JSON.readTree(response.body())) {
                if (page.path("step").asInt() == step) {
                    return Optional.of(page);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
