package be.koepel.referral.fhir;

/** Example bodies for the OpenAPI document: what a hospital's or GP's system sends. */
final class FhirExamples {

    static final String SERVICE_REQUEST = """
            {"resourceType": "ServiceRequest",
             "contained": [
               {"resourceType": "Patient", "id": "p",
                "name": [{"given": ["Jan"], "family": "Janssens"}],
                "telecom": [{"system": "phone", "value": "+32 470 12 34 56"}],
                "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "nl-BE"}]}}],
                "gender": "male", "birthDate": "1984", "address": [{"city": "Turnhout"}]},
               {"resourceType": "Practitioner", "id": "r",
                "name": [{"text": "Dr. Peeters"}], "telecom": [{"system": "phone", "value": "014 40 60 11"}],
                "qualification": [{"code": {"text": "spoedarts"}}]},
               {"resourceType": "Location", "id": "l", "name": "Spoedgevallen", "description": "Box 4"}],
             "extension": [{"url": "https://koepel.be/fhir/StructureDefinition/consent-to-contact", "valueBoolean": true}],
             "identifier": [{"system": "https://az-turnhout.be/referrals", "value": "AZT-2026-000123"}],
             "status": "active", "intent": "order", "priority": "stat",
             "category": [{"coding": [{"system": "https://koepel.be/fhir/CodeSystem/referral-channel", "code": "ER"}]}],
             "code": {"coding": [{"system": "https://koepel.be/fhir/CodeSystem/requested-service", "code": "peer-support"}]},
             "subject": {"reference": "#p"}, "requester": {"reference": "#r"}, "locationReference": [{"reference": "#l"}]}""";

    static final String TRANSACTION = """
            {"resourceType": "Bundle", "type": "transaction", "entry": [
              {"fullUrl": "urn:uuid:0e7c1f43-8a3b-4c55-9d1e-2f6a7b8c9d01",
               "resource": {"resourceType": "Patient", "name": [{"given": ["Mieke"], "family": "Maes"}],
                            "telecom": [{"system": "phone", "value": "0471 98 76 54"}],
                            "communication": [{"language": {"coding": [{"code": "nl"}]}}], "address": [{"city": "Kasterlee"}]},
               "request": {"method": "POST", "url": "Patient"}},
              {"fullUrl": "urn:uuid:5b9d2e60-1c4f-4e7a-8b3d-6a0f1e2d3c4b",
               "resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order",
                            "extension": [{"url": "https://koepel.be/fhir/StructureDefinition/consent-to-contact", "valueBoolean": true}],
                            "identifier": [{"system": "https://huisartsen-kasterlee.be/verwijzing", "value": "HAK-2026-77"}],
                            "category": [{"coding": [{"system": "https://koepel.be/fhir/CodeSystem/referral-channel", "code": "GP"}]}],
                            "code": {"coding": [{"system": "https://koepel.be/fhir/CodeSystem/requested-service", "code": "peer-support"}]},
                            "subject": {"reference": "urn:uuid:0e7c1f43-8a3b-4c55-9d1e-2f6a7b8c9d01"}},
               "request": {"method": "POST", "url": "ServiceRequest"}}]}""";

    private FhirExamples() {
    }
}
