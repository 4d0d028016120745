package be.koepel.volunteer;

import be.koepel.testing.EventSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Events as the other services publish them, each checked against its own contract before it is sent. */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** A CloudEvent with a fresh id around {@code data}; fails if the data breaks the type's schema. */
    public static String event(String source, String type, String subject, ObjectNode data) {
        return event(UUID.randomUUID(), source, type, subject, data);
    }

    public static String event(UUID id, String source, String type, String subject, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", "2026-11-24T20:00:05Z");
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        EventSchemas.assertConforms(event.toString());
        return event.toString();
    }

    /** A trajectory.progressed.v1 from referral-service's internal topic, on 25 November 2026. */
    public static String trajectoryStep(UUID referral, UUID trajectory, UUID peer, String stepType, String outcome) {
        ObjectNode data = data().put("referralId", referral.toString())
                .put("trajectoryId", trajectory.toString()).put("stepType", stepType)
                .put("volunteerId", peer.toString())
                .put("state", "CLOSED".equals(stepType) ? "CLOSED" : "IN_FOLLOW_UP").put("channel", "ER")
                .put("occurredAt", "2026-11-25T10:00:00Z");
        data.put("outcome", outcome);
        data.putObject("referringOrganisation").put("id", "az-turnhout").put("name", "AZ Turnhout")
                .put("type", "HOSPITAL");
        return event("koepel/referral-service", "trajectory.progressed.v1", trajectory.toString(), data);
    }

    public static ObjectNode data() {
        return JSON.createObjectNode();
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The texts of one field of every element of an array, or the elements themselves when field is null. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(field == null ? node.asText() : node.get(field).asText()));
        return texts;
    }
}
