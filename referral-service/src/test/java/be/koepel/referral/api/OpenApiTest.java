package be.koepel.referral.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithExamplesAndHidesTheNationalRegisterNumber() {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();

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
}
