package be.koepel.notification.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Pages the next candidate of an escalation, or records that none is left. Call with the escalation locked. */
@ApplicationScoped
public class Pager {

    private static final Logger LOG = Logger.getLogger(Pager.class);

    /** Fired inside the transaction; the dispatcher delivers after commit. */
    public record PageCreated(java.util.UUID pageId) {
    }

    private final PagingConfig config;
    private final Clock clock;
    private final Event<PageCreated> created;

    public Pager(PagingConfig config, Clock clock, Event<PageCreated> created) {
        this.config = config;
        this.clock = clock;
        this.created = created;
    }

    public Optional<Page> pageNext(Escalation escalation, int afterRank) {
        Optional<EscalationCandidate> next = EscalationCandidate.after(escalation.id, afterRank);
        if (next.isEmpty()) {
            escalation.status = Escalation.Status.EXHAUSTED;
            // The coordinator on duty must be paged here (escalation policy, next issue); until then, shout.
            LOG.errorf("ER referral %s at %s: nobody acknowledged and no candidate is left; the coordinator on duty must act",
                    escalation.referralId, escalation.hospitalName);
            return Optional.empty();
        }
        Page page = Page.to(escalation, next.get(), clock.instant(), config.acknowledgeWithin());
        page.persist();
        created.fire(new PageCreated(page.id));
        LOG.infof("Referral %s: paging candidate %d (%s), answer by %s", escalation.referralId, page.candidateRank,
                page.volunteerId, page.acknowledgeBy);
        return Optional.of(page);
    }
}
