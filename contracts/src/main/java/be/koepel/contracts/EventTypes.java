package be.koepel.contracts;

/**
 * CloudEvents {@code type} values. Each has a JSON Schema of its data in
 * {@code contracts/src/main/resources/schemas/<type>.json}.
 */
public final class EventTypes {

    public static final String REFERRAL_RECEIVED = "referral.received.v1";
    public static final String PEER_CANDIDATES_PROPOSED = "peer-candidates.proposed.v1";
    public static final String VOLUNTEER_REGISTERED = "volunteer.registered.v1";
    public static final String PAGE_SENT = "page.sent.v1";
    public static final String PAGE_ACKNOWLEDGED = "page.acknowledged.v1";

    private EventTypes() {
    }
}
