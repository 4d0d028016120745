package be.koepel.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks what a producer sent against {@code contracts/}: the CloudEvent envelope, then the data
 * against the schema named by the event's type.
 */
public final class EventSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The schema violations of a structured-mode CloudEvent; empty when it conforms. */
    public static List<String> violations(String cloudEventJson) {
        JsonNode event;
        try {
            event = MAPPER.readTree(cloudEventJson);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        schema("cloudevent").validate(event).forEach(m -> problems.add("envelope: " + m.getMessage()));
        String type = event.path("type").asText("");
        if (!type.isEmpty()) {
            for (ValidationMessage m : schema(type).validate(event.path("data"))) {
                problems.add(type + " data: " + m.getMessage());
            }
        }
        return problems;
    }

    /** Fails with every violation listed when the event does not conform to its contract. */
    public static void assertConforms(String cloudEventJson) {
        List<String> problems = violations(cloudEventJson);
        if (!problems.isEmpty()) {
            throw new AssertionError("The event breaks its contract:\n  " + String.join("\n  ", problems)
                    + "\nevent: " + cloudEventJson);
        }
    }

    private static JsonSchema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            String resource = "schemas/" + n + ".json";
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new AssertionError("contracts/ has no schema " + resource);
                }
                return FACTORY.getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
