package be.koepel.notification.paging;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.platform.outbox.Outbox;
import be.koepel.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A peer supporter answers a page. The first acknowledgement of a referral wins and stops the
 * escalation; a later one is told the person is already covered. An acknowledgement after the
 * deadline still counts while nobody else has acknowledged: someone going is what matters.
 */
@ApplicationScoped
public class PageAnswers {

    public record Answer(PageView page, boolean newlyAcknowledged) {
    }

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;

    public PageAnswers(EntityManager em, Outbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Answer acknowledge(UUID pageId, UUID volunteerId) {
        Page page = Page.<Page>findByIdOptional(pageId).orElseThrow(() -> ProblemException.notFound("Page " + pageId));
        if (!page.volunteerId.equals(volunteerId)) {
            throw ProblemException.forbidden("Only the peer supporter who was paged can answer this page");
        }
        // Escalation first, then its pages: the same lock order as the escalation timer.
        Escalation escalation = Escalation.lock(page.escalationId).orElseThrow();
        em.refresh(page);
        if (escalation.status == Escalation.Status.ACKNOWLEDGED) {
            if (volunteerId.equals(escalation.acknowledgedBy)) {
                return new Answer(PageView.of(page, escalation), false);
            }
            throw ProblemException.conflict("Already covered: another peer supporter is on the way");
        }
        Instant now = clock.instant();
        page.status = Page.Status.ACKNOWLEDGED;
        page.answeredAt = now;
        escalation.status = Escalation.Status.ACKNOWLEDGED;
        escalation.acknowledgedBy = volunteerId;
        escalation.acknowledgedAt = now;
        Page.update("status = ?1 where escalationId = ?2 and status = ?3 and id <> ?4",
                Page.Status.CANCELLED, escalation.id, Page.Status.AWAITING, page.id);
        outbox.publish(Topics.NOTIFICATION_EVENTS, EventTypes.PAGE_ACKNOWLEDGED, escalation.referralId.toString(),
                new PageAcknowledged(page.id, escalation.referralId, volunteerId, now));
        return new Answer(PageView.of(page, escalation), true);
    }
}
