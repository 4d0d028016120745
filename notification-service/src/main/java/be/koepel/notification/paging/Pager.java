package be.koepel.notification.paging;

import be.koepel.notification.policy.EscalationPlan;
import be.koepel.notification.policy.EscalationPolicies;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Pages the next step of an escalation, or records that none is left. Call with the escalation
 * locked. A candidate who declined is not paged again in a later round.
 */
@ApplicationScoped
public class Pager {

    private static final Logger LOG = Logger.getLogger(Pager.class);

    /** Fired inside the transaction; the dispatcher delivers after commit. */
    public record PageCreated(UUID pageId) {
    }

    /** Fired inside the transaction when no step is left and nobody acknowledged. */
    public record EscalationExhausted(UUID escalationId) {
    }

    private final Clock clock;
    private final EscalationPolicies policies;
    private final Event<PageCreated> created;
    private final Event<EscalationExhausted> exhausted;
    private final Counter steps;
    private final Counter exhaustions;

    public Pager(Clock clock, EscalationPolicies policies, Event<PageCreated> created,
            Event<EscalationExhausted> exhausted, MeterRegistry registry) {
        this.steps = Counter.builder("koepel.escalation.steps").description("Escalation steps paged").register(registry);
        this.exhaustions = Counter.builder("koepel.escalations.exhausted")
                .description("Escalations that ran out of steps without an acknowledgement").register(registry);
        this.clock = clock;
        this.policies = policies;
        this.created = created;
        this.exhausted = exhausted;
    }

    public Optional<Page> pageNext(Escalation escalation, int afterStep) {
        List<EscalationCandidate> candidates = EscalationCandidate.ordered(escalation.id);
        Set<UUID> declined = new HashSet<>(Page.<Page>list("escalationId = ?1 and status = ?2",
                escalation.id, Page.Status.DECLINED).stream().map(p -> p.volunteerId).toList());
        Optional<EscalationPlan.Step> next = candidates.isEmpty() ? Optional.empty()
                : escalation.plan(policies.configured()).stepAfter(afterStep, candidates.size(),
                        index -> declined.contains(candidates.get(index).volunteerId));
        if (next.isEmpty()) {
            escalation.status = Escalation.Status.EXHAUSTED;
            LOG.errorf("ER referral %s at %s: nobody acknowledged and no step is left; the coordinator on duty must act",
                    escalation.referralId, escalation.hospitalName);
            exhaustions.increment();
            exhausted.fire(new EscalationExhausted(escalation.id));
            return Optional.empty();
        }
        EscalationPlan.Step step = next.get();
        Optional<Page> taken = Page.find("escalationId = ?1 and step = ?2", escalation.id, step.number()).firstResultOptional();
        if (taken.isPresent()) {
            // Callers hold the escalation lock, so this only happens if a caller passed a stale step: never page twice.
            LOG.warnf("Referral %s: step %d was paged already", escalation.referralId, step.number());
            return taken;
        }
        Page page = Page.to(escalation, candidates.get(step.candidateIndex()), step.number(), clock.instant(),
                step.acknowledgeWithin());
        page.persist();
        steps.increment();
        created.fire(new PageCreated(page.id));
        LOG.infof("Referral %s: step %d pages candidate %d (%s), answer by %s", escalation.referralId, page.step,
                page.candidateRank, page.volunteerId, page.acknowledgeBy);
        return Optional.of(page);
    }
}
