package be.koepel.referral.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.koepel.referral.referral.Channel;
import be.koepel.referral.referral.Gender;
import be.koepel.referral.referral.NewReferral;
import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/** The mapping alone, on the OpenAPI examples, without the service around it. */
class FhirReferralMapperTest {

    private static final FhirContext FHIR = FhirContext.forR4();

    @Test
    void aContainedPatientPractitionerAndLocationBecomeTheSameCommandAsTheJsonIntakeTakes() {
        NewReferral referral = FhirReferralMapper.fromServiceRequest(
                FHIR.newJsonParser().parseResource(ServiceRequest.class, FhirExamples.SERVICE_REQUEST));

        assertThat(referral.channel()).isEqualTo(Channel.ER);
        assertThat(referral.externalReference()).isEqualTo("https://az-turnhout.be/referrals|AZT-2026-000123");
        assertThat(referral.person()).isEqualTo(new NewReferral.Person("Jan", "Janssens", "+32 470 12 34 56", "nl",
                Gender.MALE, 1984, "Turnhout", null));
        assertThat(referral.referrer()).isEqualTo(new NewReferral.Referrer("Dr. Peeters", "spoedarts", "014 40 60 11"));
        assertThat(referral.er()).isEqualTo(new NewReferral.ErLocation("Spoedgevallen", "Box 4"));
        assertThat(referral.consent().contactByPeer()).isTrue();
        assertThat(referral.consent().shareWithPartners()).isNull();
    }

    @Test
    void theServiceRequestOfATransactionFindsItsPatientByFullUrl() {
        NewReferral referral = FhirReferralMapper.fromBundle(
                FHIR.newJsonParser().parseResource(Bundle.class, FhirExamples.TRANSACTION));

        assertThat(referral.channel()).isEqualTo(Channel.GP);
        assertThat(referral.person().firstName()).isEqualTo("Mieke");
        assertThat(referral.person().phone()).isEqualTo("0471 98 76 54");
        assertThat(referral.externalReference()).endsWith("|HAK-2026-77");
    }

    @Test
    void everyIssueOfTheRequestIsReportedAtOnceWithItsElement() {
        String withoutConsentCodeAndSubject = FhirExamples.SERVICE_REQUEST
                .replace("\"subject\": {\"reference\": \"#p\"}, ", "")
                .replace("\"code\": \"peer-support\"", "\"code\": \"x\"")
                .replace("https://koepel.be/fhir/StructureDefinition/consent-to-contact", "https://example.org/other");

        FhirException refused = assertThrows(FhirException.class, () -> FhirReferralMapper.fromServiceRequest(
                FHIR.newJsonParser().parseResource(ServiceRequest.class, withoutConsentCodeAndSubject)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.issues()).extracting(FhirIssue::expression).containsExactlyInAnyOrder(
                "ServiceRequest.code", "ServiceRequest.subject",
                "ServiceRequest.extension('https://koepel.be/fhir/StructureDefinition/consent-to-contact')");
    }
}
