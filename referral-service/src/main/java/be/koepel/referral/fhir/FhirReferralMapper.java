package be.koepel.referral.fhir;

import be.koepel.referral.referral.Channel;
import be.koepel.referral.referral.Gender;
import be.koepel.referral.referral.NewReferral;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Reads a referral from FHIR R4 into the same command as the JSON intake, so that one intake path
 * applies the same rules, idempotency, duplicate-person detection and events. What FHIR cannot
 * say wrongly (a missing subject, an unknown code) is refused here, with the issue's location;
 * the domain's own rules are left to the intake.
 *
 * <p>The mapping, following the ServiceRequest of the Belgian referral IG where it applies:
 * <ul>
 * <li>{@code ServiceRequest.identifier} (system|value): the external reference;</li>
 * <li>{@code category} with {@link KoepelFhir#CHANNEL_SYSTEM}: the channel; {@code code} with
 *     {@link KoepelFhir#SERVICE_SYSTEM} {@code peer-support}: what is asked;</li>
 * <li>{@code subject}: the Patient, contained ({@code #id}) or a Bundle entry — given name, family
 *     name, a phone in {@code telecom}, {@code communication.language}, {@code gender}, the year of
 *     {@code birthDate}, {@code address.city}, and {@code contact} as family contacts;</li>
 * <li>{@code requester}: a Practitioner — name, a phone, {@code qualification.code.text} as function;</li>
 * <li>{@code locationReference}: a Location — {@code name} is the department, {@code description} the room;</li>
 * <li>extensions {@link KoepelFhir#CONSENT_TO_CONTACT} and {@link KoepelFhir#SHARE_WITH_PARTNER}: consent.</li>
 * </ul>
 */
public final class FhirReferralMapper {

    static final int MAX_EXTERNAL_REFERENCE = 100;
    private static final String SEPARATOR = "|";

    private FhirReferralMapper() {
    }

    /** A ServiceRequest posted on its own: the Patient (and requester, location) are contained. */
    public static NewReferral fromServiceRequest(ServiceRequest request) {
        Map<String, Resource> targets = new HashMap<>();
        request.getContained().forEach(r -> targets.put("#" + r.getIdElement().getIdPart().replace("#", ""), r));
        return map(request, targets);
    }

    /** The ServiceRequest of a transaction Bundle; its references name other entries by fullUrl or Type/id. */
    public static NewReferral fromBundle(Bundle bundle) {
        List<FhirIssue> issues = new ArrayList<>();
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            issues.add(FhirIssue.invalid("Bundle.type", "must be transaction"));
        }
        Map<String, Resource> targets = new HashMap<>();
        List<ServiceRequest> requests = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            Resource resource = entry.getResource();
            if (resource == null) {
                issues.add(FhirIssue.required("Bundle.entry[" + i + "].resource", "every entry carries a resource"));
                continue;
            }
            if (entry.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
                issues.add(FhirIssue.invalid("Bundle.entry[" + i + "].request.method",
                        "a referral's entries are created: POST"));
            }
            if (entry.hasFullUrl()) {
                targets.put(entry.getFullUrl(), resource);
            }
            if (resource.getIdElement().hasIdPart()) {
                targets.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
            }
            if (resource instanceof ServiceRequest request) {
                requests.add(request);
            }
        }
        if (requests.size() != 1) {
            issues.add(FhirIssue.invalid("Bundle.entry", "a referral Bundle holds exactly one ServiceRequest, not "
                    + requests.size()));
        }
        if (!issues.isEmpty()) {
            throw new FhirException(400, issues);
        }
        requests.get(0).getContained().forEach(r -> targets.put("#" + r.getIdElement().getIdPart().replace("#", ""), r));
        return map(requests.get(0), targets);
    }

    private static NewReferral map(ServiceRequest request, Map<String, Resource> targets) {
        List<FhirIssue> issues = new ArrayList<>();
        Channel channel = channel(request, issues);
        checkCode(request, issues);

        Patient patient = null;
        if (!request.hasSubject()) {
            issues.add(FhirIssue.required("ServiceRequest.subject", "the referral names the person: a Patient"));
        } else {
            Optional<Resource> subject = resolve(request.getSubject(), targets);
            if (subject.isPresent() && subject.get() instanceof Patient p) {
                patient = p;
            } else {
                issues.add(FhirIssue.invalid("ServiceRequest.subject", "must reference a Patient contained in the "
                        + "ServiceRequest (#id) or, in a transaction Bundle, an entry; '"
                        + request.getSubject().getReference() + "' is neither"));
            }
        }
        NewReferral.Person person = patient == null ? null : person(patient, issues);
        NewReferral.Referrer referrer = referrer(request, targets, issues);
        NewReferral.ErLocation er = location(request, targets, issues);
        NewReferral.Consent consent = consent(request, issues);
        String externalReference = externalReference(request, issues);
        NewReferral.FamilyInvolvement family = patient == null ? null : family(patient);

        if (!issues.isEmpty()) {
            throw new FhirException(400, issues);
        }
        return new NewReferral(channel, externalReference, referrer, er, person, null, null, family, consent, null);
    }

    private static Channel channel(ServiceRequest request, List<FhirIssue> issues) {
        Optional<Coding> coding = request.getCategory().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> KoepelFhir.CHANNEL_SYSTEM.equals(c.getSystem())).findFirst();
        if (coding.isEmpty()) {
            issues.add(FhirIssue.required("ServiceRequest.category",
                    "name the referral channel with a coding of " + KoepelFhir.CHANNEL_SYSTEM));
            return null;
        }
        try {
            return Channel.valueOf(coding.get().getCode());
        } catch (IllegalArgumentException | NullPointerException e) {
            issues.add(FhirIssue.unknownCode("ServiceRequest.category", "unknown channel '" + coding.get().getCode()
                    + "' in " + KoepelFhir.CHANNEL_SYSTEM + "; one of " + List.of(Channel.values())));
            return null;
        }
    }

    private static void checkCode(ServiceRequest request, List<FhirIssue> issues) {
        if (!request.hasCode()) {
            issues.add(FhirIssue.required("ServiceRequest.code",
                    "name the service asked: " + KoepelFhir.SERVICE_SYSTEM + "|" + KoepelFhir.PEER_SUPPORT));
            return;
        }
        boolean known = request.getCode().getCoding().stream().anyMatch(c ->
                KoepelFhir.SERVICE_SYSTEM.equals(c.getSystem()) && KoepelFhir.PEER_SUPPORT.equals(c.getCode()));
        if (!known) {
            issues.add(FhirIssue.unknownCode("ServiceRequest.code", "this network offers "
                    + KoepelFhir.SERVICE_SYSTEM + "|" + KoepelFhir.PEER_SUPPORT + " only"));
        }
    }

    private static NewReferral.Person person(Patient patient, List<FhirIssue> issues) {
        for (int i = 0; i < patient.getIdentifier().size(); i++) {
            if (KoepelFhir.SSIN_SYSTEM.equals(patient.getIdentifier().get(i).getSystem())) {
                issues.add(new FhirIssue(org.hl7.fhir.r4.model.OperationOutcome.IssueType.BUSINESSRULE,
                        "Patient.identifier[" + i + "]",
                        "a national register number (INSZ/NISS) is neither accepted nor stored; leave it out"));
            }
        }
        HumanName name = patient.getNameFirstRep();
        String phone = phone(patient.getTelecom());
        String language = language(patient);
        if (language == null) {
            issues.add(FhirIssue.required("Patient.communication.language",
                    "the person's language, as an ISO 639-1 code (e.g. nl or nl-BE)"));
        }
        Integer birthYear = patient.hasBirthDate() ? patient.getBirthDateElement().getYear() : null;
        String municipality = patient.hasAddress() ? blankToNull(patient.getAddressFirstRep().getCity()) : null;
        return new NewReferral.Person(blankToNull(name.getGivenAsSingleString()), blankToNull(name.getFamily()),
                phone, language, gender(patient), birthYear, municipality, null);
    }

    private static Gender gender(Patient patient) {
        if (!patient.hasGender()) {
            return null;
        }
        return switch (patient.getGender()) {
            case FEMALE -> Gender.FEMALE;
            case MALE -> Gender.MALE;
            default -> Gender.X;
        };
    }

    private static String language(Patient patient) {
        for (Patient.PatientCommunicationComponent communication : patient.getCommunication()) {
            for (Coding coding : communication.getLanguage().getCoding()) {
                String code = coding.getCode();
                // BCP-47 as FHIR has it (nl-BE); the domain keeps the ISO 639-1 part.
                if (code != null && code.length() >= 2) {
                    return code.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
                }
            }
        }
        return null;
    }

    private static NewReferral.FamilyInvolvement family(Patient patient) {
        if (!patient.hasContact()) {
            return null;
        }
        List<NewReferral.FamilyContact> contacts = patient.getContact().stream()
                .map(c -> new NewReferral.FamilyContact(blankToNull(text(c.getName())), relation(c.getRelationship()),
                        phone(c.getTelecom())))
                .toList();
        return new NewReferral.FamilyInvolvement(contacts);
    }

    private static String relation(List<CodeableConcept> relationship) {
        for (CodeableConcept concept : relationship) {
            if (concept.hasText()) {
                return concept.getText();
            }
            for (Coding coding : concept.getCoding()) {
                if (coding.hasDisplay()) {
                    return coding.getDisplay();
                }
                if (coding.hasCode()) {
                    return coding.getCode();
                }
            }
        }
        return null;
    }

    private static NewReferral.Referrer referrer(ServiceRequest request, Map<String, Resource> targets,
            List<FhirIssue> issues) {
        if (!request.hasRequester()) {
            return null;
        }
        Optional<Resource> requester = resolve(request.getRequester(), targets);
        if (requester.isEmpty() || !(requester.get() instanceof Practitioner practitioner)) {
            issues.add(FhirIssue.invalid("ServiceRequest.requester", "must reference a Practitioner contained in the "
                    + "ServiceRequest (#id) or an entry of the Bundle"));
            return null;
        }
        String function = practitioner.hasQualification() ? blankToNull(
                practitioner.getQualificationFirstRep().getCode().getText()) : null;
        return new NewReferral.Referrer(blankToNull(text(practitioner.getNameFirstRep())), function,
                phone(practitioner.getTelecom()));
    }

    private static NewReferral.ErLocation location(ServiceRequest request, Map<String, Resource> targets,
            List<FhirIssue> issues) {
        if (!request.hasLocationReference()) {
            return null;
        }
        Optional<Resource> location = resolve(request.getLocationReferenceFirstRep(), targets);
        if (location.isEmpty() || !(location.get() instanceof Location place)) {
            issues.add(FhirIssue.invalid("ServiceRequest.locationReference", "must reference a Location contained in "
                    + "the ServiceRequest (#id) or an entry of the Bundle"));
            return null;
        }
        return new NewReferral.ErLocation(blankToNull(place.getName()), blankToNull(place.getDescription()));
    }

    private static NewReferral.Consent consent(ServiceRequest request, List<FhirIssue> issues) {
        Extension contact = request.getExtensionByUrl(KoepelFhir.CONSENT_TO_CONTACT);
        Boolean contactByPeer = null;
        if (contact == null || !(contact.getValue() instanceof org.hl7.fhir.r4.model.BooleanType value)) {
            issues.add(FhirIssue.required("ServiceRequest.extension('" + KoepelFhir.CONSENT_TO_CONTACT + "')",
                    "say whether the person agreed to be contacted by a peer supporter (valueBoolean)"));
        } else {
            contactByPeer = value.getValue();
        }
        List<String> partners = request.getExtensionsByUrl(KoepelFhir.SHARE_WITH_PARTNER).stream()
                .map(e -> e.getValue() == null ? null : e.getValue().primitiveValue())
                .toList();
        return partners.isEmpty() ? new NewReferral.Consent(contactByPeer)
                : new NewReferral.Consent(contactByPeer, true, partners);
    }

    private static String externalReference(ServiceRequest request, List<FhirIssue> issues) {
        if (!request.hasIdentifier()) {
            return null;
        }
        Identifier identifier = request.getIdentifierFirstRep();
        if (!identifier.hasValue()) {
            issues.add(FhirIssue.required("ServiceRequest.identifier[0].value", "an identifier has a value"));
            return null;
        }
        String reference = identifier.hasSystem() ? identifier.getSystem() + SEPARATOR + identifier.getValue()
                : identifier.getValue();
        if (reference.length() > MAX_EXTERNAL_REFERENCE) {
            issues.add(FhirIssue.invalid("ServiceRequest.identifier[0]", "system|value must not be longer than "
                    + MAX_EXTERNAL_REFERENCE + " characters"));
            return null;
        }
        return reference;
    }

    private static Optional<Resource> resolve(Reference reference, Map<String, Resource> targets) {
        if (reference.getResource() instanceof Resource resolved) {
            return Optional.of(resolved);
        }
        String ref = reference.getReference();
        return ref == null ? Optional.empty() : Optional.ofNullable(targets.get(ref));
    }

    /** The first phone (or SMS) number; a person is reached by phone. */
    private static String phone(List<ContactPoint> telecom) {
        return telecom.stream()
                .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE
                        || t.getSystem() == ContactPoint.ContactPointSystem.SMS)
                .map(ContactPoint::getValue).map(FhirReferralMapper::blankToNull)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static String text(HumanName name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        return name.hasText() ? name.getText() : name.getNameAsSingleString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
