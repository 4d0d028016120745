package be.koepel.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Peer supporters on call for a started stack, as a coordinator registers them: for every
 * hospital a first and a second on call, so that an ER referral pages the first and, without an
 * answer, escalates to the second. (./koepel up seeds the same shape itself.)
 */
final class Rota {

    private Rota() {
    }

    static void seed(Stack stack) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = stack.credentials().coordinator();
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        int phone = 100;
        for (Organisation hospital : Organisation.HOSPITALS) {
            for (int rank = 1; rank <= 2; rank++) {
                String number = "+32470555" + phone++;
                String location = post(http, token, stack.url("volunteer-service") + "/api/volunteers", """
                        {"displayName": "Peer %s %d", "phone": "%s", "languages": ["nl"]}"""
                        .formatted(hospital.id(), rank, number)).headers().firstValue("Location").orElseThrow();
                String id = location.substring(location.lastIndexOf('/') + 1);
                post(http, token, stack.url("volunteer-service") + "/api/rota/shifts", """
                        {"volunteerId": "%s", "hospitalId": "%s", "startsAt": "%s", "endsAt": "%s", "rank": %d}"""
                        .formatted(id, hospital.id(), now.minusHours(1), now.plusDays(2), rank));
            }
        }
        Bench.say("seeded 8 peer supporters on call: rank 1 and 2 at each of the four hospitals");
    }

    private static HttpResponse<String> post(HttpClient http, String token, String url, String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("POST " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
