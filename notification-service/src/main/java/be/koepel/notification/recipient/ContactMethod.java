package be.koepel.notification.recipient;

/**
 * One way to reach a volunteer, in their order.
 *
 * @param position 0 first
 * @param channel SMS, EMAIL, WEBHOOK or WEB_PUSH
 * @param delaySeconds how long after the previous method this one is tried; 0: together with it
 */
public record ContactMethod(int position, String channel, String address, int delaySeconds) {
}
