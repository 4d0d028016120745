package be.koepel.notification.delivery;

import be.koepel.notification.recipient.Recipient;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import io.smallrye.config.Expressions;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends a page as an SMS through an HTTP gateway: the generic mapping (any gateway: its URL, body
 * template, content type, auth and where its answer names the message are configured, see
 * {@link SmsConfig.Generic}), or Twilio's Messages API ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json},
 * form fields To, From and Body, HTTP basic auth with the account SID and auth token; it answers 201
 * with the message's sid). The generic settings are checked at start-up, so that a typo in them stops
 * the service with the key named instead of failing the first page at night.
 */
@Startup
@ApplicationScoped
public class SmsGateway implements PageChannel {

    static final String TWILIO_DEFAULT_BASE = "https://api.twilio.com";
    static final String GENERIC = "koepel.sms.generic.";

    /** The generic mapping's request and answer, resolved once from the configuration. */
    private record GenericRequest(SmsTemplate template, Optional<String> from, Optional<String> authName,
            Optional<String> authValue, Optional<JsonPointer> idPointer, String idField) {
    }

    private final SmsConfig config;
    private final ObjectMapper mapper;
    private final HttpClient http;
    private final GenericRequest generic;

    public SmsGateway(SmsConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        if (!"generic".equals(config.mapping()) && !"twilio".equals(config.mapping())) {
            throw new IllegalStateException("koepel.sms.mapping must be generic or twilio, not " + config.mapping());
        }
        this.generic = generic(config);
    }

    void checkTemplate(@Observes StartupEvent startup) {
        unexpandedTemplate(config);
    }

    /**
     * The configuration expands {@code ${…}} itself, and a value whose expression it cannot expand
     * reads as absent: a template written with {@code ${to}} instead of {@code $${to}} would silently
     * give way to the default body. Stop instead, and say how to write it.
     */
    private static void unexpandedTemplate(SmsConfig config) {
        String key = GENERIC + "body-template";
        String raw = Expressions.withoutExpansion(() -> ConfigProvider.getConfig().getConfigValue(key).getValue());
        if (raw != null && !raw.isBlank() && config.generic().bodyTemplate().isEmpty()) {
            throw new IllegalStateException(key + " is set but reads as empty: write each placeholder with a double"
                    + " dollar ($${to}, $${text}, $${from}), since the configuration expands ${...} itself");
        }
    }

    /** @throws IllegalStateException naming the key of a bad or missing setting */
    private static GenericRequest generic(SmsConfig config) {
        SmsConfig.Generic settings = config.generic();
        try {
            SmsTemplate.ContentType type = SmsTemplate.ContentType.parse(settings.contentType(), GENERIC + "content-type");
            SmsTemplate template = settings.bodyTemplate()
                    .map(body -> SmsTemplate.parse(body, type, GENERIC + "body-template"))
                    .orElseGet(() -> SmsTemplate.fields(type, settings.toField(), settings.textField()));
            if (template.uses(SmsTemplate.FROM) && settings.from().isEmpty()) {
                throw new IllegalStateException(GENERIC + "body-template uses ${from}, but " + GENERIC + "from is not set");
            }
            String auth = settings.auth().map(a -> a.trim().toLowerCase(Locale.ROOT))
                    .orElse(config.apiKey().isPresent() ? "bearer" : "none");
            Optional<String> authName = Optional.of("Authorization");
            Optional<String> authValue = switch (auth) {
                case "none" -> Optional.empty();
                case "bearer" -> Optional.of("Bearer " + settings.bearerToken().or(config::apiKey).orElseThrow(
                        () -> missing(GENERIC + "bearer-token (or koepel.sms.api-key)", auth)));
                case "basic" -> Optional.of("Basic " + Base64.getEncoder().encodeToString(
                        (settings.basicUser().orElseThrow(() -> missing(GENERIC + "basic-user", auth)) + ":"
                                + settings.basicPassword().orElseThrow(() -> missing(GENERIC + "basic-password", auth)))
                                .getBytes(StandardCharsets.UTF_8)));
                case "header" -> {
                    authName = Optional.of(settings.headerName().orElseThrow(() -> missing(GENERIC + "header-name", auth)));
                    yield Optional.of(settings.headerValue().orElseThrow(() -> missing(GENERIC + "header-value", auth)));
                }
                default -> throw new IllegalStateException(GENERIC + "auth must be none, bearer, basic or header, not '"
                        + settings.auth().orElse("") + "'");
            };
            if (authValue.isPresent()) {
                try {
                    HttpRequest.newBuilder().header(authName.get(), authValue.get()); // the JDK's own check of the header
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(GENERIC + "header-name '" + authName.get()
                            + "' cannot be sent as a header: " + e.getMessage());
                }
            }
            Optional<JsonPointer> idPointer = settings.idPointer().map(pointer -> {
                try {
                    return JsonPointer.compile(pointer.trim());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(GENERIC + "id-pointer must be a JSON pointer such as /messages/0/id, not '"
                            + pointer + "'");
                }
            });
            return new GenericRequest(template, settings.from(), authValue.isPresent() ? authName : Optional.empty(),
                    authValue, idPointer, settings.idField());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static IllegalStateException missing(String key, String auth) {
        return new IllegalStateException(key + " must be set for " + GENERIC + "auth=" + auth);
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
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SmsTemplate.TO, to);
        values.put(SmsTemplate.TEXT, text);
        generic.from().ifPresent(from -> values.put(SmsTemplate.FROM, from));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.timeout())
                .header("Content-Type", generic.template().contentType().mediaType())
                .POST(HttpRequest.BodyPublishers.ofString(generic.template().render(values)));
        generic.authValue().ifPresent(value -> request.header(generic.authName().orElseThrow(), value));
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

    /**
     * Twilio names the message {@code sid}; the generic mapping reads the configured id pointer, else
     * the id field, if the answer has it.
     */
    private Optional<String> messageId(String body) {
        boolean twilio = "twilio".equals(config.mapping());
        JsonPointer pointer = twilio ? JsonPointer.compile("/sid")
                : generic.idPointer().orElse(JsonPointer.compile("/" + escapePointer(generic.idField())));
        try {
            JsonNode answer = mapper.readTree(body == null || body.isBlank() ? "{}" : body);
            JsonNode id = answer == null ? null : answer.at(pointer);
            return id != null && id.isValueNode() && !id.isNull() ? Optional.of(id.asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty(); // sent all the same; only its receipts cannot be matched
        }
    }

    /** A field name as one step of a JSON pointer (RFC 6901: ~ and / escaped). */
    private static String escapePointer(String field) {
        return field.replace("~", "~0").replace("/", "~1");
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
}
