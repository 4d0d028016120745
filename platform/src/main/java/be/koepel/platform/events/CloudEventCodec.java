package be.koepel.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Builds, writes and reads CloudEvents; the one place that knows the envelope's JSON shape. */
@ApplicationScoped
public class CloudEventCodec {

    private final ObjectMapper mapper;
    private final Clock clock;

    public CloudEventCodec(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public CloudEvent wrap(String source, String type, String subject, Object data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), CloudEvent.DATA_CONTENT_TYPE,
                mapper.valueToTree(data));
    }

    public String encode(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A CloudEvent could not be written as JSON", e);
        }
    }

    /** Reads an envelope and checks the attributes every consumer relies on. */
    public CloudEvent decode(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record value, expected a CloudEvent");
        }
        CloudEvent event;
        try {
            event = mapper.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a CloudEvent in structured JSON mode: " + e.getOriginalMessage(), e);
        }
        require(CloudEvent.SPEC_VERSION.equals(event.specversion()), "specversion must be 1.0");
        require(event.id() != null && isUuid(event.id()), "id must be a UUID");
        require(event.type() != null && !event.type().isBlank(), "type is missing");
        require(event.source() != null && !event.source().isBlank(), "source is missing");
        require(event.subject() != null && !event.subject().isBlank(), "subject is missing");
        require(event.data() != null && event.data().isObject(), "data must be a JSON object");
        return event;
    }

    /** Maps the event's data onto a record; a mismatch is permanent, so it is malformed, not retried. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("data of " + event.type() + " " + event.id()
                    + " does not match " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new MalformedEventException("malformed CloudEvent: " + message);
        }
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
