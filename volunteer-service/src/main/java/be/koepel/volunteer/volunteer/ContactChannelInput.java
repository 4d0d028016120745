package be.koepel.volunteer.volunteer;

/**
 * A contact method as a volunteer or coordinator sets it; checked by {@link ContactChannelRules}, which names
 * each bad field, rather than by annotations, because what a valid address is depends on the type.
 *
 * @param type SMS, EMAIL, WEBHOOK or WEB_PUSH
 * @param address a phone number in international form, an e-mail address, an https URL, or a device label
 * @param order the lowest is tried first
 * @param delaySeconds how long after the previous method this one is tried; 0 or absent: together with it
 */
public record ContactChannelInput(String type, String address, Integer order, Integer delaySeconds) {
}
