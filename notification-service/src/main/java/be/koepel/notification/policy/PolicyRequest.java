package be.koepel.notification.policy;

import java.util.List;

/**
 * A coordinator sets a policy.
 *
 * @param stepDelays ISO-8601 durations (e.g. {@code PT5M}), how long step 1, 2, ... waits for an answer
 * @param repeat how many more rounds through the candidates before the coordinator on duty takes over
 * @param version the version the coordinator saw, to refuse overwriting someone else's change;
 *        absent when creating a policy
 */
public record PolicyRequest(List<String> stepDelays, Integer repeat, Long version) {
}
