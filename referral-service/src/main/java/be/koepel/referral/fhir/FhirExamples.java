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

    /** GET /fhir/ServiceRequest/{id}: the referral as stored, the person named by no more than a reference type. */
    static final String SERVICE_REQUEST_READ = """
            {"resourceType": "ServiceRequest", "id": "3f2c8a4e-9b1d-4c7e-8f60-2a5b7c9d1e03",
             "meta": {"lastUpdated": "2026-11-24T20:55:00.000+00:00"},
             "identifier": [{"system": "https://az-turnhout.be/referrals", "value": "AZT-2026-000123"}],
             "status": "active", "intent": "order", "priority": "stat",
             "category": [{"coding": [{"system": "https://koepel.be/fhir/CodeSystem/referral-channel", "code": "ER"}]}],
             "code": {"coding": [{"system": "https://koepel.be/fhir/CodeSystem/requested-service", "code": "peer-support",
                                  "display": "Contact by a peer supporter"}]},
             "subject": {"type": "Patient", "display": "The referred person; their data stays with Koepel and its assigned peer"},
             "authoredOn": "2026-11-24T20:55:00+00:00",
             "requester": {"type": "Organization",
                           "identifier": {"system": "https://koepel.be/fhir/NamingSystem/organisation", "value": "az-turnhout"}}}""";

    /** GET /fhir/Task/{id}: the referral's status once a peer made contact. */
    static final String TASK = """
            {"resourceType": "Task", "id": "3f2c8a4e-9b1d-4c7e-8f60-2a5b7c9d1e03",
             "basedOn": [{"reference": "ServiceRequest/3f2c8a4e-9b1d-4c7e-8f60-2a5b7c9d1e03"}],
             "groupIdentifier": {"system": "https://az-turnhout.be/referrals", "value": "AZT-2026-000123"},
             "status": "in-progress",
             "businessStatus": {"coding": [{"system": "https://koepel.be/fhir/CodeSystem/trajectory-state", "code": "FIRST_CONTACT"}]},
             "intent": "order", "priority": "stat",
             "code": {"coding": [{"system": "https://koepel.be/fhir/CodeSystem/requested-service", "code": "peer-support"}]},
             "focus": {"reference": "ServiceRequest/3f2c8a4e-9b1d-4c7e-8f60-2a5b7c9d1e03"},
             "authoredOn": "2026-11-24T20:55:00+00:00", "lastModified": "2026-11-24T21:02:00+00:00",
             "requester": {"type": "Organization",
                           "identifier": {"system": "https://koepel.be/fhir/NamingSystem/organisation", "value": "az-turnhout"}},
             "owner": {"type": "Organization", "display": "Koepel peer support network"}}""";

    /** GET /fhir/metadata, shortened: the description and documentation texts are longer. */
    static final String CAPABILITY_STATEMENT = """
            {"resourceType": "CapabilityStatement", "status": "active", "date": "2026-11-24", "publisher": "Koepel",
             "kind": "instance", "software": {"name": "koepel referral-service"},
             "implementation": {"description": "Referrals to the Koepel peer support network (addiction care). …"},
             "fhirVersion": "4.0.1", "format": ["application/fhir+json", "json"],
             "rest": [{"mode": "server",
                       "security": {"service": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/restful-security-service",
                                                             "code": "OAuth", "display": "OAuth"}]}],
                                    "description": "OIDC bearer token of the referring organisation (role referrer, claim org). …"},
                       "resource": [{"type": "ServiceRequest", "interaction": [{"code": "create"}, {"code": "read"}]},
                                    {"type": "Task", "interaction": [{"code": "read"}],
                                     "documentation": "The referral's status; same id as the ServiceRequest"}],
                       "interaction": [{"code": "transaction",
                                        "documentation": "A Bundle with one ServiceRequest and its Patient (and Practitioner, Location)"}]}]}""";

    /** POST /fhir: the answer to the GP's transaction, one entry per entry sent. */
    static final String TRANSACTION_RESPONSE = """
            {"resourceType": "Bundle", "type": "transaction-response", "entry": [
              {"response": {"status": "200 OK",
                            "outcome": {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
                              "diagnostics": "kept as part of ServiceRequest/8d7e6f5a-4b3c-4d2e-9f1a-0b9c8d7e6f5a; not readable as a resource of its own"}]}}},
              {"response": {"status": "201 Created", "location": "ServiceRequest/8d7e6f5a-4b3c-4d2e-9f1a-0b9c8d7e6f5a",
                            "lastModified": "2026-11-25T09:12:00.000+00:00"}}]}""";

    /** Invalid input, with the element it is about. */
    static final String INVALID = """
            {"resourceType": "OperationOutcome",
             "issue": [{"severity": "error", "code": "required", "diagnostics": "a referral names the person it is about",
                        "expression": ["ServiceRequest.subject"], "location": ["ServiceRequest.subject"]}]}""";

    /** A read of another organisation's referral looks the same as a read of one that does not exist. */
    static final String NOT_FOUND = """
            {"resourceType": "OperationOutcome",
             "issue": [{"severity": "error", "code": "not-found",
                        "diagnostics": "Task/3f2c8a4e-9b1d-4c7e-8f60-2a5b7c9d1e03 does not exist or is not yours to see",
                        "expression": ["Task"], "location": ["Task"]}]}""";

    static final String NOT_FOUND_SERVICE_REQUEST = """
            {"resourceType": "OperationOutcome",
             "issue": [{"severity": "error", "code": "not-found",
                        "diagnostics": "ServiceRequest/3f2c8a4e-9b1d-4c7e-8f60-2a5b7c9d1e03 does not exist or is not yours to see",
                        "expression": ["ServiceRequest"], "location": ["ServiceRequest"]}]}""";

    private FhirExamples() {
    }
}
