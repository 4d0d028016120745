package be.koepel.contracts.volunteer;

/**
 * How a volunteer wants to be reached; the lowest order is tried first.
 *
 * @param type SMS, EMAIL, WEBHOOK or WEB_PUSH
 * @param address a phone number (E.164), an e-mail address, an https URL; for WEB_PUSH a label of
 *        the device, since the push subscription itself is registered with notification-service
 * @param delaySeconds how long after the previous method this one is tried when a page is not
 *        answered (GoAlert's notification rules); 0 means together with the previous one
 */
public record ContactChannel(String type, String address, int order, int delaySeconds) {

    public static final String SMS = "SMS";
    public static final String EMAIL = "EMAIL";
    public static final String WEBHOOK = "WEBHOOK";
    public static final String WEB_PUSH = "WEB_PUSH";

    /** A channel tried together with the previous one (delay 0); the form before delays existed. */
    public ContactChannel(String type, String address, int order) {
        this(type, address, order, 0);
    }
}
