package be.koepel.notification.paging;

import be.koepel.platform.work.BackgroundLoop;
import be.koepel.platform.work.ParallelBatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Escalates when an acknowledgement deadline passes. The deadlines are rows in PostgreSQL, not
 * timers in memory: after a crash or restart the next round finds every deadline that passed.
 * Between rounds the timer sleeps until the next deadline, at most {@code timer-interval}.
 */
@ApplicationScoped
public class EscalationTimer {

    private static final Logger LOG = Logger.getLogger(EscalationTimer.class);

    private static final int BATCH = 100;

    private final EntityManager em;
    private final Pager pager;
    private final PagingConfig config;
    private final Clock clock;
    private final BackgroundLoop loop;
    private final ParallelBatch escalations;

    public EscalationTimer(EntityManager em, Pager pager, PagingConfig config, Clock clock) {
        this.em = em;
        this.pager = pager;
        this.config = config;
        this.clock = clock;
        this.loop = new BackgroundLoop("escalation-timer", config.timerInterval(), this::round);
        this.escalations = new ParallelBatch("escalation-timer", config.timerConcurrency());
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop(Duration.ofSeconds(5));
        escalations.stop(Duration.ofSeconds(5));
    }

    Duration round() {
        Instant now = clock.instant();
        Round round = QuarkusTransaction.requiringNew().call(() -> dueAndNext(now));
        AtomicBoolean allDone = new AtomicBoolean(true);
        // each escalation in its own transaction, under its own lock: they can move on side by side
        escalations.forEach(round.due(), escalationId -> {
            // one escalation that cannot move on (a lost connection, a bug) must not hold up the others
            try {
                QuarkusTransaction.requiringNew().run(() -> expireDuePages(escalationId));
            } catch (RuntimeException e) {
                allDone.set(false);
                LOG.warnf("Escalation %s: its deadline passed but it could not move on yet, trying again in %s: %s",
                        escalationId, config.timerInterval(), e.toString());
            }
        });
        if (!allDone.get()) {
            return config.timerInterval();
        }
        return round.due().size() == BATCH ? Duration.ZERO : until(round.nextDeadline());
    }

    /** The escalations with a deadline that passed, and the first deadline still to come (null: none). */
    private record Round(List<UUID> due, Instant nextDeadline) {
    }

    /**
     * One statement for both, so that a round costs the database one round trip before any work.
     * The status is a literal, not a parameter, so that any plan PostgreSQL caches for this
     * statement can match the partial index of awaiting deadlines. The next deadline is read before
     * this round pages anyone: a page it creates is due a whole step later (koepel.paging.min-step-delay
     * at the least), and the timer sleeps one interval at the most.
     */
    private Round dueAndNext(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select escalation_id, cast(null as bigint) from (
                    select distinct escalation_id from page
                    where status = 'AWAITING' and acknowledge_by <= :now limit :limit) due
                union all
                select null, cast(extract(epoch from min(acknowledge_by)) * 1000000 as bigint) from page
                where status = 'AWAITING' and acknowledge_by > :now""")
                .setParameter("now", now)
                .setParameter("limit", BATCH)
                .getResultList();
        List<UUID> due = new ArrayList<>();
        Instant next = null;
        for (Object[] row : rows) {
            if (row[0] != null) {
                due.add((UUID) row[0]);
            } else if (row[1] != null) {
                next = Instant.EPOCH.plus(((Number) row[1]).longValue(), ChronoUnit.MICROS);
            }
        }
        return new Round(due, next);
    }

    /**
     * Sleeps until the next deadline rather than a whole interval: polling alone made every
     * escalation up to one interval late (half of it on average). The interval stays the longest
     * sleep, for deadlines created meanwhile and for a clock that moved.
     */
    private Duration until(Instant next) {
        if (next == null) {
            return config.timerInterval();
        }
        // rounded up to the next millisecond: waking a hair early would only find nothing due yet
        Duration until = Duration.ofMillis(Duration.between(clock.instant(), next).toMillis() + 1);
        if (until.isNegative() || until.isZero()) {
            return Duration.ZERO;
        }
        return until.compareTo(config.timerInterval()) < 0 ? until : config.timerInterval();
    }

    void expireDuePages(UUID escalationId) {
        Escalation escalation = Escalation.lock(escalationId).orElseThrow();
        Instant now = clock.instant();
        List<Page> awaiting = Page.list("escalationId = ?1 and status = ?2", escalationId, Page.Status.AWAITING);
        List<Page> due = awaiting.stream().filter(page -> !page.acknowledgeBy.isAfter(now)).toList();
        if (due.isEmpty()) {
            return; // answered while we waited for the lock
        }
        int lastStep = 0;
        for (Page page : due) {
            page.status = escalation.status == Escalation.Status.PAGING ? Page.Status.EXPIRED : Page.Status.CANCELLED;
            lastStep = Math.max(lastStep, page.step);
        }
        boolean stillAwaiting = awaiting.size() > due.size();
        if (escalation.status == Escalation.Status.PAGING && !stillAwaiting) {
            pager.pageNext(escalation, lastStep);
        }
    }
}
