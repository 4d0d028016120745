package be.koepel.referral.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a field of the domain command came from in FHIR, so that a rule of the intake (the same
 * as for JSON) is reported at the FHIR element the referrer wrote, e.g. {@code person.phone} at
 * {@code Patient.telecom}.
 */
final class FhirPaths {

    private static final Map<String, String> PATHS = new LinkedHashMap<>();
    private static final Pattern FAMILY_CONTACT = Pattern.compile("^familyInvolvement\\.contacts\\[(\\d+)]\\.?(.*)$");

    static {
        PATHS.put("channel", "ServiceRequest.category");
        PATHS.put("externalReference", "ServiceRequest.identifier");
        PATHS.put("referrer", "ServiceRequest.requester");
        PATHS.put("referrer.name", "Practitioner.name");
        PATHS.put("referrer.function", "Practitioner.qualification.code.text");
        PATHS.put("referrer.phone", "Practitioner.telecom");
        PATHS.put("er", "ServiceRequest.locationReference");
        PATHS.put("er.department", "Location.name");
        PATHS.put("er.room", "Location.description");
        PATHS.put("person", "ServiceRequest.subject");
        PATHS.put("person.firstName", "Patient.name.given");
        PATHS.put("person.lastName", "Patient.name.family");
        PATHS.put("person.phone", "Patient.telecom");
        PATHS.put("person.language", "Patient.communication.language");
        PATHS.put("person.gender", "Patient.gender");
        PATHS.put("person.birthYear", "Patient.birthDate");
        PATHS.put("person.municipality", "Patient.address.city");
        PATHS.put("familyInvolvement.contacts", "Patient.contact");
        PATHS.put("consent.contactByPeer", "ServiceRequest.extension('" + KoepelFhir.CONSENT_TO_CONTACT + "')");
        PATHS.put("consent.shareWithPartners", "ServiceRequest.extension('" + KoepelFhir.SHARE_WITH_PARTNER + "')");
        PATHS.put("consent.partners", "ServiceRequest.extension('" + KoepelFhir.SHARE_WITH_PARTNER + "')");
    }

    private FhirPaths() {
    }

    static String of(String field) {
        if (field == null) {
            return "ServiceRequest";
        }
        String path = PATHS.get(field);
        if (path != null) {
            return path;
        }
        Matcher contact = FAMILY_CONTACT.matcher(field);
        if (contact.matches()) {
            String element = switch (contact.group(2)) {
                case "name" -> ".name";
                case "relation" -> ".relationship";
                case "phone" -> ".telecom";
                default -> "";
            };
            return "Patient.contact[" + contact.group(1) + "]" + element;
        }
        if (field.startsWith("consent.partners")) {
            return PATHS.get("consent.partners");
        }
        return "ServiceRequest";
    }
}
