package be.koepel.referral.fhir;

/**
 * The names this service's FHIR interface adds to R4: where the Belgian referral IG
 * (hl7-be/referral) has nothing for a peer-support referral, these code systems and extensions
 * carry what the JSON intake takes. The CapabilityStatement lists them.
 */
public final class KoepelFhir {

    static final String BASE = "https://koepel.be/fhir";
    /** ServiceRequest.category: the referral channel (ER, WARD, GP, OCMW, CAW, DRUG_SERVICE, JUSTICE, OTHER). */
    public static final String CHANNEL_SYSTEM = BASE + "/CodeSystem/referral-channel";
    /** ServiceRequest.code: what is asked of the network. */
    public static final String SERVICE_SYSTEM = BASE + "/CodeSystem/requested-service";
    public static final String PEER_SUPPORT = "peer-support";
    /** ServiceRequest.extension, valueBoolean: the person agreed to be contacted by a peer supporter. */
    public static final String CONSENT_TO_CONTACT = BASE + "/StructureDefinition/consent-to-contact";
    /** ServiceRequest.extension, valueString, repeated: a partner the person agreed to share with. */
    public static final String SHARE_WITH_PARTNER = BASE + "/StructureDefinition/share-with-partner";
    /** Task.businessStatus: the trajectory's state. */
    public static final String TRAJECTORY_STATE_SYSTEM = BASE + "/CodeSystem/trajectory-state";
    /** The Belgian national register number (INSZ/NISS), which this service never accepts. */
    public static final String SSIN_SYSTEM = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin";
    public static final String MEDIA_TYPE = "application/fhir+json";

    private KoepelFhir() {
    }
}
