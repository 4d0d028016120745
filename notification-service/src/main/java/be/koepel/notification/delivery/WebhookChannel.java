package be.koepel.notification.delivery;

import be.koepel.notification.recipient.Recipient;
import be.koepel.platform.security.HmacSha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * POSTs a page or notice as JSON ({@code {"text": …, "sentAt": …}}) to the volunteer's webhook,
 * signed with HMAC-SHA256 over the exact body ({@value #SIGNATURE_HEADER}, hex). A refusal or an
 * unreachable endpoint is a failed attempt: the delivery worker retries it with backoff.
 */
@ApplicationScoped
public class WebhookChannel implements PageChannel {

    public static final String SIGNATURE_HEADER = "X-Koepel-Signature";

    private final WebhookConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final HttpClient http;

    public WebhookChannel(WebhookConfig config, ObjectMapper mapper, Clock clock) {
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public Optional<String> deliver(Recipient recipient, String text) throws DeliveryFailed {
        if (recipient == null || recipient.webhookUrl == null) {
            throw new DeliveryFailed("no webhook known for this recipient");
        }
        return sendTo(recipient.webhookUrl, text);
    }

    /** One signed POST to this URL. */
    public Optional<String> sendTo(String url, String text) throws DeliveryFailed {
        String secret = config.secret().orElseThrow(() -> new DeliveryFailed("koepel.webhook.secret is not set"));
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("text", text);
        payload.put("sentAt", clock.instant().toString());
        String body;
        try {
            body = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new DeliveryFailed("could not write the webhook body", e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, HexFormat.of().formatHex(HmacSha256.of(secret, body)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailed("webhook answered " + response.statusCode());
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new DeliveryFailed("webhook unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted while calling a webhook", e);
        }
    }
}
