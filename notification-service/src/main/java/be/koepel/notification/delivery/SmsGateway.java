package be.koepel.notification.delivery;

import be.koepel.notification.recipient.Recipient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sends a page as an SMS through an HTTP gateway: a generic JSON mapping, or Twilio's Messages API
 * ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}, form fields To, From and Body,
 * HTTP basic auth with the account SID and auth token; it answers 201 with the message's sid).
 */
@ApplicationScoped
public class SmsGateway implements PageChannel {

    static final String TWILIO_DEFAULT_BASE = "https://api.twilio.com";

    private final SmsConfig config;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public SmsGateway(SmsConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        if (!"generic".equals(config.mapping()) && !"twilio".equals(config.mapping())) {
            throw new IllegalStateException("koepel.sms.mapping must be generic or twilio, not " + config.mapping());
        }
    }

    @Override
    public Optional<String> deliver(Recipient recipient, String text) throws DeliveryFailed {
        if (recipient == null || recipient.smsNumber == null) {
            throw new DeliveryFailed("no SMS number known for this volunteer");
        }
        return sendTo(recipient.smsNumber, text);
    }

    /** One SMS to this number (E.164). */
    public Optional<String> sendTo(String number, String text) throws DeliveryFailed {
        HttpRequest request = "twilio".equals(config.mapping())
                ? twilio(number, text)
                : generic(number, text);
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailed("SMS gateway answered " + response.statusCode() + ": " + reason(response.body()));
            }
            return messageId(response.body());
        } catch (IOException e) {
            throw new DeliveryFailed("SMS gateway unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted while sending an SMS", e);
        }
    }

    private HttpRequest generic(String to, String text) throws DeliveryFailed {
        String url = config.gatewayUrl().orElseThrow(() -> new DeliveryFailed("koepel.sms.gateway-url is not set"));
        Map<String, String> body = new LinkedHashMap<>();
        body.put(config.generic().toField(), to);
        body.put(config.generic().textField(), text);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        return request.build();
    }

    private HttpRequest twilio(String to, String text) throws DeliveryFailed {
        SmsConfig.Twilio twilio = config.twilio();
        String sid = twilio.accountSid().orElseThrow(() -> new DeliveryFailed("koepel.sms.twilio.account-sid is not set"));
        String token = twilio.authToken().orElseThrow(() -> new DeliveryFailed("koepel.sms.twilio.auth-token is not set"));
        String from = twilio.from().orElseThrow(() -> new DeliveryFailed("koepel.sms.twilio.from is not set"));
        String base = config.gatewayUrl().orElse(TWILIO_DEFAULT_BASE).replaceAll("/+$", "");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", to);
        form.put("From", from);
        form.put("Body", text);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String credentials = Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "/2010-04-01/Accounts/" + sid + "/Messages.json"))
                .timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Twilio names the message {@code sid}; the generic mapping reads the configured id field, if any. */
    private Optional<String> messageId(String body) {
        String field = "twilio".equals(config.mapping()) ? "sid" : config.generic().idField();
        try {
            JsonNode answer = mapper.readTree(body == null || body.isBlank() ? "{}" : body);
            return answer != null && answer.hasNonNull(field) ? Optional.of(answer.get(field).asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty(); // sent all the same; only its receipts cannot be matched
        }
    }

    /** Twilio explains a refusal as {@code {"code": …, "message": …}}; other gateways get their body quoted. */
    private String reason(String body) {
        try {
            JsonNode error = mapper.readTree(body);
            if (error != null && error.hasNonNull("code") && error.hasNonNull("message")) {
                return "error " + error.get("code").asText() + ": " + error.get("message").asText();
            }
        } catch (JsonProcessingException e) {
            // not JSON: quote it as it came
        }
        return body;
    }

    private String json(Map<String, String> body) throws DeliveryFailed {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new DeliveryFailed("could not write the SMS request", e);
        }
    }
}
