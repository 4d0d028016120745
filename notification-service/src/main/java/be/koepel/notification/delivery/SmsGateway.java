package be.koepel.notification.delivery;

import be.koepel.notification.recipient.Recipient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Sends a page as an SMS through an HTTP gateway. */
@ApplicationScoped
public class SmsGateway implements PageChannel {

    private final SmsConfig config;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public SmsGateway(SmsConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public void deliver(Recipient recipient, String text) throws DeliveryFailed {
        if (recipient == null || recipient.smsNumber == null) {
            throw new DeliveryFailed("no SMS number known for this volunteer");
        }
        String url = config.gatewayUrl().orElseThrow(() -> new DeliveryFailed("koepel.sms.gateway-url is not set"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(recipient.smsNumber, text)));
        config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailed("SMS gateway answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new DeliveryFailed("SMS gateway unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted while sending an SMS", e);
        }
    }

    private String body(String to, String text) throws DeliveryFailed {
        try {
            return mapper.writeValueAsString(Map.of("to", to, "text", text));
        } catch (JsonProcessingException e) {
            throw new DeliveryFailed("could not write the SMS request", e);
        }
    }
}
