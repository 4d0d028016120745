package be.koepel.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POST /api/referrals as the organisations' systems do, asynchronously, with a cap on requests
 * in flight. The cap is what a real client pool has; when it is reached the sender waits, and
 * that wait counts in the latency, because latency is measured from the moment the request was
 * due, not from when it could be sent (no coordinated omission).
 */
final class ReferralApi implements AutoCloseable {

    /** The answer to one POST: status, the referral's id from the Location, when the answer came. */
    record Posted(int status, String referralId, long answeredNanos, java.time.Instant answeredAt, String error) {
        boolean created() {
            return status == 201;
        }
    }

    private final String url;
    private final Credentials credentials;
    private final Semaphore inFlight;
    private final HttpClient http;
    private final ExecutorService executor;
    private final AtomicLong created = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    ReferralApi(String referralServiceUrl, Credentials credentials, int maxInFlight) {
        this.url = referralServiceUrl + "/api/referrals";
        this.credentials = credentials;
        this.inFlight = new Semaphore(maxInFlight);
        this.executor = Executors.newFixedThreadPool(2, SmsGatewaySink.daemon("referral-client"));
        // HTTP/1.1: the services' clients (hospital systems) speak it; no h2c upgrade dance
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    CompletableFuture<Posted> post(ReferralMix.ReferralRequest referral) {
        String token = credentials.referrer(referral.organisation());
        inFlight.acquireUninterruptibly();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(referral.body())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> {
                    long now = System.nanoTime();
                    java.time.Instant at = java.time.Instant.now();
                    inFlight.release();
                    if (error != null) {
                        lastError.set(error.toString());
                        return new Posted(-1, null, now, at, error.toString());
                    }
                    if (response.statusCode() != 201) {
                        String problem = response.statusCode() + " " + response.body();
                        lastError.set(problem);
                        return new Posted(response.statusCode(), null, now, at, problem);
                    }
                    created.incrementAndGet();
                    String location = response.headers().firstValue("Location").orElse("");
                    return new Posted(201, location.substring(location.lastIndexOf('/') + 1), now, at, null);
                });
    }

    /** Referrals created in this run so far, by every scenario. */
    long created() {
        return created.get();
    }

    String lastError() {
        return lastError.get();
    }

    /** Waits until nothing is in flight any more, at most {@code max}. */
    void drain(int maxInFlight, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (inFlight.availablePermits() < maxInFlight && System.nanoTime() < deadline) {
            StartedStack.sleep(20);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
