package be.koepel.notification.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A policy as coordinators see it.
 *
 * @param configured false when nothing is set and the configured default (acknowledge-within per step) applies
 * @param version send it back when changing the policy; null when nothing is configured
 */
public record PolicyView(String scope, List<String> stepDelays, int repeat, boolean configured, Long version,
        Instant updatedAt, String updatedBy) {

    static PolicyView of(EscalationPolicy policy) {
        return new PolicyView(policy.scope, policy.plan().stepDelays().stream().map(Duration::toString).toList(),
                policy.repeatCount, true, policy.version, policy.updatedAt, policy.updatedBy);
    }

    static PolicyView fallback(String scope, EscalationPlan plan) {
        return new PolicyView(scope, plan.stepDelays().stream().map(Duration::toString).toList(), plan.repeat(),
                false, null, null, null);
    }
}
