package be.koepel.notification.policy;

import be.koepel.notification.paging.PagingConfig;
import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Which plan applies to a hospital: its own policy, else the default policy, else the configuration. */
@ApplicationScoped
public class EscalationPolicies {

    private final PagingConfig config;
    private final Clock clock;

    public EscalationPolicies(PagingConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Call inside a transaction. */
    public EscalationPlan planFor(String hospitalId) {
        return EscalationPolicy.<EscalationPolicy>findByIdOptional(hospitalId)
                .or(() -> EscalationPolicy.findByIdOptional(EscalationPolicy.DEFAULT_SCOPE))
                .map(EscalationPolicy::plan)
                .orElseGet(this::configured);
    }

    public EscalationPlan configured() {
        return EscalationPlan.uniform(config.acknowledgeWithin());
    }

    @Transactional
    public List<PolicyView> all() {
        List<PolicyView> views = new java.util.ArrayList<>(EscalationPolicy.<EscalationPolicy>listAll().stream()
                .sorted(java.util.Comparator.comparing((EscalationPolicy p) -> p.scope)).map(PolicyView::of).toList());
        if (views.stream().noneMatch(v -> v.scope().equals(EscalationPolicy.DEFAULT_SCOPE))) {
            views.add(0, PolicyView.fallback(EscalationPolicy.DEFAULT_SCOPE, configured()));
        }
        return views;
    }

    /** The policy that applies to a scope; for a hospital without its own, the default's rules under its name. */
    @Transactional
    public PolicyView get(String scope) {
        Optional<EscalationPolicy> own = EscalationPolicy.findByIdOptional(scope);
        return own.map(PolicyView::of).orElseGet(() -> PolicyView.fallback(scope, planFor(scope)));
    }

    @Transactional
    public PolicyView put(String scope, PolicyRequest request, String coordinator) {
        List<Problem.Violation> violations = PolicyRules.violations(scope, request, config.minStepDelay());
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
        Optional<EscalationPolicy> existing = EscalationPolicy.findByIdOptional(scope);
        if (existing.isPresent() && (request.version() == null || request.version() != existing.get().version)) {
            throw ProblemException.conflict("The policy of " + scope + " changed meanwhile (version "
                    + existing.get().version + "); reload it and apply your change again");
        }
        if (existing.isEmpty() && request.version() != null) {
            throw ProblemException.conflict("The policy of " + scope + " was removed meanwhile; send it without a version");
        }
        EscalationPolicy policy = existing.orElseGet(() -> {
            EscalationPolicy created = new EscalationPolicy();
            created.scope = scope;
            return created;
        });
        EscalationPlan plan = PolicyRules.plan(request);
        policy.stepDelays = plan.encodedDelays();
        policy.repeatCount = plan.repeat();
        policy.updatedAt = clock.instant();
        policy.updatedBy = coordinator;
        policy.persistAndFlush();
        return PolicyView.of(policy);
    }

    @Transactional
    public void delete(String scope) {
        if (!EscalationPolicy.deleteById(scope)) {
            throw ProblemException.notFound("Escalation policy " + scope);
        }
    }
}
