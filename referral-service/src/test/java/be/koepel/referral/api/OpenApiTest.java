package be.koepel.referral.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    private static final int MAX_DEPTH = 2;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithExamplesAndHidesTheNationalRegisterNumber() {
        String document = document();

        assertThat(document).contains(
                "\"/api/referrals\"", "\"/api/referrals/{id}\"", "\"/api/referrals/{id}/personal-data\"",
                "\"/api/trajectories/{id}\"", "\"/api/trajectories/{id}/steps\"", "\"/api/trajectories/follow-ups-due\"",
                "\"/api/subscriptions\"", "\"/api/subscriptions/{id}/deliveries\"", "\"/api/personal-data-accesses\"",
                "\"/api/statistics\"", "Idempotency-Key", "AZT-2026-000123", "BEDSIDE_VISIT", "partner.example.org",
                "\"/fhir/ServiceRequest\"", "\"/fhir\"", "\"/fhir/Task/{id}\"", "\"/fhir/metadata\"", "peer-support",
                "contactGroupId", "medianMinutesErToPeerAssigned", "coordinator calls the person", "nextContactOn",
                "assigned peer reads contact details");
        assertThat(document).doesNotContain("nationalRegisterNumber");
    }

    /** A new endpoint without an example of what it answers fails here. */
    @Test
    void everyOperationHasAnExampleOfAtLeastOneOfItsResponses() throws Exception {
        JsonNode root = new ObjectMapper().readTree(document());
        List<String> operations = new ArrayList<>();
        List<String> withoutExample = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!METHODS.contains(operation.getKey())) {
                return;
            }
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            if (!hasResponseExample(root, operation.getValue().path("responses"))) {
                withoutExample.add(name);
            }
        }));

        assertThat(operations).contains("GET /fhir/Task/{id}", "GET /fhir/ServiceRequest/{id}", "GET /fhir/metadata",
                "POST /fhir", "DELETE /api/subscriptions/{id}", "GET /api/statistics");
        assertThat(withoutExample).as("operations without a response example").isEmpty();
    }

    @Test
    void theFhirReadsShowATaskAServiceRequestWithoutPersonalDataAndTheCapabilityStatement() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(document()).path("paths");

        assertThat(example(paths.path("/fhir/Task/{id}").path("get"), "200").path("resourceType").asText())
                .isEqualTo("Task");
        JsonNode serviceRequest = example(paths.path("/fhir/ServiceRequest/{id}").path("get"), "200");
        assertThat(serviceRequest.path("resourceType").asText()).isEqualTo("ServiceRequest");
        assertThat(serviceRequest.has("contained")).as("the person's data is not read back").isFalse();
        assertThat(example(paths.path("/fhir/metadata").path("get"), "200").path("resourceType").asText())
                .isEqualTo("CapabilityStatement");
        assertThat(example(paths.path("/fhir/Task/{id}").path("get"), "404").path("resourceType").asText())
                .isEqualTo("OperationOutcome");
    }

    private static String document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
    }

    /** The first example of a response, parsed: examples are FHIR JSON written as text. */
    private static JsonNode example(JsonNode operation, String status) throws Exception {
        JsonNode content = operation.path("responses").path(status).path("content").elements().next();
        JsonNode example = content.path("examples").elements().next().path("value");
        return example.isTextual() ? new ObjectMapper().readTree(example.asText()) : example;
    }

    private static boolean hasResponseExample(JsonNode root, JsonNode responses) {
        for (JsonNode response : (Iterable<JsonNode>) responses::elements) {
            for (JsonNode media : (Iterable<JsonNode>) resolve(root, response).path("content")::elements) {
                if (media.has("example") || media.path("examples").size() > 0
                        || schemaHasExample(root, media.path("schema"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A schema's own example, or one Swagger UI builds from the views the schema is made of: the
     * items of a list, the items of a page. Only a few levels deep, as a page of views is.
     */
    private static boolean schemaHasExample(JsonNode root, JsonNode schema) {
        return schemaHasExample(root, schema, MAX_DEPTH);
    }

    private static boolean schemaHasExample(JsonNode root, JsonNode schema, int depth) {
        JsonNode resolved = resolve(root, schema);
        // OpenAPI 3.0 writes a schema's example as "example", 3.1 as a list "examples"
        if (resolved.has("example") || resolved.path("examples").size() > 0) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        if (resolved.has("items") && schemaHasExample(root, resolved.get("items"), depth - 1)) {
            return true;
        }
        // Only views of their own (references), not the generated examples of plain dates and times.
        for (JsonNode property : (Iterable<JsonNode>) resolved.path("properties")::elements) {
            boolean view = property.has("$ref") || property.path("items").has("$ref");
            if (view && schemaHasExample(root, property, depth - 1)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = root;
        for (String part : node.get("$ref").asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return resolve(root, target);
    }
}
