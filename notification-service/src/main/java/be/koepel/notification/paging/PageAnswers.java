package be.koepel.notification.paging;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.contracts.notification.PageDeclined;
import be.koepel.platform.outbox.Outbox;
import be.koepel.platform.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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

    /**
     * @param answeredNow whether this call gave the answer; false when the peer had given the same
     *        answer before (a second tap on the link), which changes nothing
     */
    public record Answer(PageView page, boolean answeredNow) {
    }

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final Pager pager;
    private final Timer timeToAcknowledge;
    private final Counter declines;

    public PageAnswers(EntityManager em, Outbox outbox, Clock clock, Pager pager, MeterRegistry registry) {
        this.timeToAcknowledge = Timer.builder("koepel.pages.time.to.acknowledge")
                .description("From the start of paging for a referral to the acknowledgement that covered it")
                .register(registry);
        this.declines = Counter.builder("koepel.pages.declined").description("Pages answered with 'I can't'")
                .register(registry);
        this.em = em;
        this.pager = pager;
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
        timeToAcknowledge.record(java.time.Duration.between(escalation.createdAt, now));
        outbox.publish(Topics.NOTIFICATION_EVENTS, EventTypes.PAGE_ACKNOWLEDGED, escalation.referralId.toString(),
                new PageAcknowledged(page.id, escalation.referralId, volunteerId, now));
        return new Answer(PageView.of(page, escalation), true);
    }

    /**
     * "I can't go." Paging moves on to the next step at once instead of waiting for the deadline.
     * Declining twice changes nothing; a page that no longer waits for an answer cannot be declined.
     */
    @Transactional
    public Answer decline(UUID pageId, UUID volunteerId) {
        Page page = Page.<Page>findByIdOptional(pageId).orElseThrow(() -> ProblemException.notFound("Page " + pageId));
        if (!page.volunteerId.equals(volunteerId)) {
            throw ProblemException.forbidden("Only the peer supporter who was paged can answer this page");
        }
        Escalation escalation = Escalation.lock(page.escalationId).orElseThrow();
        em.refresh(page);
        if (page.status == Page.Status.DECLINED) {
            return new Answer(PageView.of(page, escalation), false);
        }
        if (escalation.status == Escalation.Status.ACKNOWLEDGED) {
            throw ProblemException.conflict(volunteerId.equals(escalation.acknowledgedBy)
                    ? "You acknowledged this page already; call the coordinator on duty if you cannot go after all"
                    : "Already covered: another peer supporter is on the way");
        }
        if (page.status != Page.Status.AWAITING) {
            throw ProblemException.conflict("This page no longer waits for an answer: it is " + page.status);
        }
        Instant now = clock.instant();
        page.status = Page.Status.DECLINED;
        page.answeredAt = now;
        declines.increment();
        outbox.publish(Topics.NOTIFICATION_EVENTS, EventTypes.PAGE_DECLINED, escalation.referralId.toString(),
                new PageDeclined(page.id, escalation.referralId, volunteerId, page.step, now));
        boolean stillAwaiting = Page.count("escalationId = ?1 and status = ?2", escalation.id, Page.Status.AWAITING) > 0;
        if (escalation.status == Escalation.Status.PAGING && !stillAwaiting) {
            pager.pageNext(escalation, page.step);
        }
        return new Answer(PageView.of(page, escalation), true);
    }
}
