package be.koepel.referral.fhir;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.partner;
import static be.koepel.testing.Tokens.referrer;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.referral.referral.Referral;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.UniqueDigits;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FhirIntakeTest {

    private static final String FHIR_JSON = "application/fhir+json";
    private static final String HOSPITAL = "az-turnhout";
    private static final String GP = "huisartsen-kasterlee";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aServiceRequestWithAContainedPatientIsStoredAndAnnouncedThroughTheSameIntakeAsJson() {
        String id = given().auth().oauth2(hospital(HOSPITAL)).contentType(FHIR_JSON).body(serviceRequest())
                .when().post("/fhir/ServiceRequest")
                .then().statusCode(201).contentType(startsWith(FHIR_JSON))
                .header("Location", containsString("/fhir/ServiceRequest/"))
                .body("resourceType", equalTo("ServiceRequest"))
                .body("status", equalTo("active"))
                .body("priority", equalTo("stat"))
                .body("category[0].coding[0].code", equalTo("ER"))
                .body("requester.identifier.value", equalTo(HOSPITAL))
                .extract().path("id");

        String answer = given().auth().oauth2(hospital(HOSPITAL)).when().get("/fhir/ServiceRequest/" + id)
                .then().statusCode(200).extract().asString();
        assertThat(answer).doesNotContain("Janssens", "Jan-", "+32470", "+32 470");
        given().auth().oauth2(coordinator()).when().get("/api/referrals/" + id)
                .then().statusCode(200)
                .body("channel", equalTo("ER"))
                .body("er.department", equalTo("Spoedgevallen"))
                .body("er.room", equalTo("Box 4"))
                .body("referrer.function", equalTo("spoedarts"))
                .body("externalReference", startsWith("https://az-turnhout.be/referrals|AZT-"));
        Referral stored = QuarkusTransaction.requiringNew().call(() -> Referral.findById(UUID.fromString(id)));
        assertThat(stored.personLastName).isEqualTo("Janssens");
        assertThat(stored.personLanguage).isEqualTo("nl");
        assertThat(stored.personMunicipality).isEqualTo("Turnhout");

        ConsumerRecord<String, String> event = kafka.awaitRecord(Topics.REFERRAL_EVENTS, r -> id.equals(r.key()));
        EventSchemas.assertConforms(event.value());
        assertThat(event.value()).contains("\"type\":\"referral.received.v1\"", "\"phone\":\"+3214406011\"")
                .doesNotContain("Janssens");
    }

    @Test
    void aTransactionBundleWithPatientAndServiceRequestAnswersATransactionResponse() {
        Response answer = given().auth().oauth2(referrer(GP, "GP")).contentType(FHIR_JSON).body(transaction())
                .when().post("/fhir");
        answer.then().statusCode(200).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("transaction-response"))
                .body("entry[0].response.status", equalTo("200 OK"))
                .body("entry[1].response.status", equalTo("201 Created"))
                .body("entry[1].response.location", startsWith("ServiceRequest/"));
        String id = answer.path("entry[1].response.location").toString().substring("ServiceRequest/".length());

        given().auth().oauth2(coordinator()).when().get("/api/referrals/" + id)
                .then().statusCode(200).body("channel", equalTo("GP")).body("urgency", equalTo("ROUTINE"));
        ConsumerRecord<String, String> event = kafka.awaitRecord(Topics.REFERRAL_EVENTS, r -> id.equals(r.key()));
        EventSchemas.assertConforms(event.value());
        assertThat(event.value()).contains("\"type\":\"referral.received.v2\"", "\"municipality\":\"Kasterlee\"");
    }

    @Test
    void invalidFhirGetsAnOperationOutcomeAtTheElementAndNothingIsStoredOrPublished() {
        long referrals = referralCount();
        long events = outboxCount();

        refused("{\"resourceType\": \"ServiceRequest\", \"status\": ", "structure", "ServiceRequest")
                .body("issue[0].location", hasItem(startsWith("line ")));
        refused(serviceRequest().replace("\"subject\": {\"reference\": \"#p\"}, ", ""), "required", "ServiceRequest.subject");
        refused(serviceRequest().replace("\"subject\": {\"reference\": \"#p\"}", "\"subject\": {\"reference\": \"Patient/42\"}"),
                "invalid", "ServiceRequest.subject");
        refused(serviceRequest().replace("\"code\": \"peer-support\"", "\"code\": \"surgery\""), "code-invalid",
                "ServiceRequest.code");
        refused(serviceRequest().replace("\"code\": \"ER\"", "\"code\": \"ICU\""), "code-invalid", "ServiceRequest.category");
        refused(serviceRequest().replace("\"resourceType\": \"Patient\", \"id\": \"p\",",
                "\"resourceType\": \"Patient\", \"id\": \"p\", \"identifier\": [{\"system\": "
                        + "\"https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin\", \"value\": \"84010112345\"}],"),
                "business-rule", "Patient.identifier[0]")
                .body("issue[0].diagnostics", containsString("national register number"));
        // the domain's own rules, as for JSON, reported where the referrer wrote the value
        refused(serviceRequest().replaceFirst("\"telecom\": \\[\\{\"system\": \"phone\", \"value\": \"[^\"]*\"}],", ""),
                "invalid", "Patient.telecom");
        given().auth().oauth2(referrer(GP, "GP")).contentType(FHIR_JSON).body(serviceRequest())
                .when().post("/fhir/ServiceRequest")
                .then().statusCode(400).contentType(startsWith(FHIR_JSON))
                .body("issue.expression.flatten()", hasItem("ServiceRequest.category"))
                .body("issue[0].diagnostics", containsString("hospital"));
        given().auth().oauth2(referrer(GP, "GP")).contentType(FHIR_JSON)
                .body(transaction().replace("\"type\": \"transaction\"", "\"type\": \"collection\""))
                .when().post("/fhir")
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].expression[0]", equalTo("Bundle.type"));

        assertThat(referralCount()).isEqualTo(referrals);
        assertThat(outboxCount()).isEqualTo(events);
    }

    @Test
    void aRepeatWithTheSameKeyOrIdentifierAnswersTheOriginalAndAnotherBodyUnderItIsAConflict() {
        String body = serviceRequest();
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(hospital(HOSPITAL)).header("Idempotency-Key", key).contentType(FHIR_JSON)
                .body(body).when().post("/fhir/ServiceRequest").then().statusCode(201).extract().path("id");
        long referrals = referralCount();

        given().auth().oauth2(hospital(HOSPITAL)).header("Idempotency-Key", key).contentType(FHIR_JSON).body(body)
                .when().post("/fhir/ServiceRequest")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        // the same identifier without the key is the same referral too
        given().auth().oauth2(hospital(HOSPITAL)).contentType(FHIR_JSON).body(body)
                .when().post("/fhir/ServiceRequest")
                .then().statusCode(200).body("id", equalTo(first));
        given().auth().oauth2(hospital(HOSPITAL)).header("Idempotency-Key", key).contentType(FHIR_JSON)
                .body(body.replace("Box 4", "Box 5"))
                .when().post("/fhir/ServiceRequest")
                .then().statusCode(422).contentType(startsWith(FHIR_JSON)).body("issue[0].code", equalTo("conflict"));

        assertThat(referralCount()).isEqualTo(referrals);
        assertThat(kafka.readAll(Topics.REFERRAL_EVENTS, r -> first.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void theTaskFollowsTheTrajectoryFromRequestedToAcceptedInProgressAndRejected() {
        String id = given().auth().oauth2(hospital(HOSPITAL)).contentType(FHIR_JSON).body(serviceRequest())
                .when().post("/fhir/ServiceRequest").then().statusCode(201).extract().path("id");
        taskStatus(id, "requested");
        given().auth().oauth2(hospital(HOSPITAL)).when().get("/fhir/Task/" + id).then()
                .body("resourceType", equalTo("Task"))
                .body("focus.reference", equalTo("ServiceRequest/" + id))
                .body("intent", equalTo("order"));

        UUID peer = UUID.randomUUID();
        kafka.send(Topics.NOTIFICATION_EVENTS, id, codec.encode(codec.wrap("koepel/notification-service",
                EventTypes.PAGE_ACKNOWLEDGED, id, new PageAcknowledged(UUID.randomUUID(), UUID.fromString(id), peer,
                        Instant.now()))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> taskStatus(id, "accepted"));

        String trajectory = "/api/trajectories/" + given().auth().oauth2(coordinator()).when().get("/api/referrals/" + id)
                .then().extract().path("trajectoryId");
        given().auth().oauth2(volunteer(peer)).contentType("application/json")
                .body("{\"type\": \"BEDSIDE_VISIT\", \"visitOutcome\": \"DONE\"}")
                .when().post(trajectory + "/steps").then().statusCode(201);
        taskStatus(id, "in-progress");
        given().auth().oauth2(volunteer(peer)).contentType("application/json")
                .body("{\"type\": \"CLOSED\", \"closeReason\": \"DECLINED_HELP\"}")
                .when().post(trajectory + "/steps").then().statusCode(201);
        taskStatus(id, "rejected");
        given().auth().oauth2(hospital(HOSPITAL)).when().get("/fhir/Task/" + id).then()
                .body("statusReason.text", equalTo("DECLINED_HELP"));
    }

    @Test
    void anotherOrganisationAVolunteerAndAnAnonymousCallerCannotReadTheTaskButAnyoneReadsTheCapabilities() {
        String id = given().auth().oauth2(hospital(HOSPITAL)).contentType(FHIR_JSON).body(serviceRequest())
                .when().post("/fhir/ServiceRequest").then().statusCode(201).extract().path("id");

        given().auth().oauth2(hospital("az-herentals")).when().get("/fhir/Task/" + id)
                .then().statusCode(404).contentType(startsWith(FHIR_JSON)).body("issue[0].code", equalTo("not-found"));
        given().auth().oauth2(hospital("az-herentals")).when().get("/fhir/Task/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get("/fhir/Task/" + id).then().statusCode(403);
        given().when().get("/fhir/Task/" + id).then().statusCode(401);
        given().auth().oauth2(volunteer(UUID.randomUUID())).contentType(FHIR_JSON).body(serviceRequest())
                .when().post("/fhir/ServiceRequest").then().statusCode(403);
        given().auth().oauth2(coordinator()).when().get("/fhir/Task/" + id).then().statusCode(200);

        given().when().get("/fhir/metadata")
                .then().statusCode(200).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].resource.type", hasItem("Task"))
                .body("rest[0].interaction.code", hasItem("transaction"));
    }

    @Test
    void anotherOrganisationsServiceRequestIsAnsweredExactlyAsOneThatDoesNotExist() {
        String id = given().auth().oauth2(hospital(HOSPITAL)).contentType(FHIR_JSON).body(serviceRequest())
                .when().post("/fhir/ServiceRequest").then().statusCode(201).extract().path("id");
        String unknown = UUID.randomUUID().toString();

        Response theirs = given().auth().oauth2(hospital("az-herentals")).when().get("/fhir/ServiceRequest/" + id);
        Response none = given().auth().oauth2(hospital("az-herentals")).when().get("/fhir/ServiceRequest/" + unknown);
        theirs.then().statusCode(404).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("not-found"));
        none.then().statusCode(404);
        assertThat(theirs.asString()).as("nothing tells an existing referral from a missing one")
                .doesNotContain("Janssens", "Spoedgevallen", HOSPITAL)
                .isEqualTo(none.asString().replace(unknown, id));
        given().auth().oauth2(referrer(GP, "GP")).when().get("/fhir/ServiceRequest/" + id).then().statusCode(404);
        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get("/fhir/ServiceRequest/" + id).then().statusCode(403);
        given().when().get("/fhir/ServiceRequest/" + id).then().statusCode(401);
        given().auth().oauth2(hospital(HOSPITAL)).when().get("/fhir/ServiceRequest/" + id).then().statusCode(200);
    }

    @Test
    void onlyAReferrerPostsATransactionBundleAndARefusedOneStoresAndPublishesNothing() {
        long referrals = referralCount();
        long events = outboxCount();

        given().auth().oauth2(volunteer(UUID.randomUUID())).contentType(FHIR_JSON).body(transaction())
                .when().post("/fhir").then().statusCode(403);
        given().auth().oauth2(partner("caw-de-kempen")).contentType(FHIR_JSON).body(transaction())
                .when().post("/fhir").then().statusCode(403);
        given().auth().oauth2(groupLeader(UUID.randomUUID())).contentType(FHIR_JSON).body(transaction())
                .when().post("/fhir").then().statusCode(403);
        given().contentType(FHIR_JSON).body(transaction()).when().post("/fhir").then().statusCode(401);

        assertThat(referralCount()).isEqualTo(referrals);
        assertThat(outboxCount()).isEqualTo(events);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String padding = "x".repeat(70 * 1024);
        given().auth().oauth2(hospital(HOSPITAL)).contentType(FHIR_JSON)
                .body(serviceRequest().replace("Box 4", padding))
                .when().post("/fhir/ServiceRequest").then().statusCode(413);
    }

    private io.restassured.response.ValidatableResponse refused(String body, String code, String expression) {
        return given().auth().oauth2(hospital(HOSPITAL)).contentType(FHIR_JSON).body(body)
                .when().post("/fhir/ServiceRequest")
                .then().statusCode(400).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error"))
                .body("issue[0].code", equalTo(code))
                .body("issue[0].expression[0]", equalTo(expression));
    }

    private static void taskStatus(String id, String status) {
        given().auth().oauth2(hospital(HOSPITAL)).when().get("/fhir/Task/" + id)
                .then().statusCode(200).body("status", equalTo(status));
    }

    /** The OpenAPI example, made a person and a referral of its own. */
    private static String serviceRequest() {
        int unique = UniqueDigits.next();
        return FhirExamples.SERVICE_REQUEST.replace("+32 470 12 34 56", "+32 470 " + unique)
                .replace("\"given\": [\"Jan\"]", "\"given\": [\"Jan-" + unique + "\"]")
                .replace("AZT-2026-000123", "AZT-" + unique);
    }

    private static String transaction() {
        int unique = UniqueDigits.next();
        return FhirExamples.TRANSACTION.replace("0471 98 76 54", "0471 " + unique)
                .replace("\"given\": [\"Mieke\"]", "\"given\": [\"Mieke-" + unique + "\"]")
                .replace("HAK-2026-77", "HAK-" + unique);
    }

    private static long referralCount() {
        return QuarkusTransaction.requiringNew().call(() -> Referral.count());
    }

    private static long outboxCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Referral.getEntityManager()
                .createNativeQuery("select count(*) from outbox_message").getSingleResult()).longValue());
    }
}
