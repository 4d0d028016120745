package be.koepel.notification.health;

import be.koepel.notification.paging.PagingConfig;
import be.koepel.platform.work.BackgroundLoop;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts what is stuck, so that nothing fails silently: pages still waiting for an answer that
 * could not be delivered (or not in time), coordinator alerts that did not go out, and ER
 * referrals whose safety net did not run. The health check and the metrics read the last count;
 * counting runs on its own thread, so a scrape never waits for the database.
 */
@ApplicationScoped
public class StuckWatch {

    /** One count; {@code at} tells the health check whether counting still runs. */
    public record Count(long pages, long alerts, long watches, Instant at) {
        public long total() {
            return pages + alerts + watches;
        }
    }

    private final EntityManager em;
    private final PagingConfig config;
    private final Clock clock;
    private final BackgroundLoop loop;
    private final AtomicReference<Count> last = new AtomicReference<>();

    public StuckWatch(EntityManager em, PagingConfig config, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.loop = new BackgroundLoop("stuck-watch", config.stuckCheckInterval(), this::round);
        Gauge.builder("koepel.pages.stuck", () -> current().map(Count::pages).orElse(0L))
                .description("Pages awaiting an answer that were not delivered, or not in time").register(registry);
        Gauge.builder("koepel.coordinator.alerts.stuck", () -> current().map(Count::alerts).orElse(0L))
                .description("Alerts to the coordinator on duty that were not delivered, or not in time").register(registry);
        Gauge.builder("koepel.er.watches.overdue", () -> current().map(Count::watches).orElse(0L))
                .description("Urgent ER referrals whose no-candidates check is overdue").register(registry);
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop(Duration.ofSeconds(5));
    }

    public java.util.Optional<Count> current() {
        return java.util.Optional.ofNullable(last.get());
    }

    Duration round() {
        last.set(QuarkusTransaction.requiringNew().call(this::count));
        return config.stuckCheckInterval();
    }

    private Count count() {
        Instant now = clock.instant();
        Instant stuckSince = now.minus(config.stuckAfter());
        long pages = ((Number) em.createNativeQuery("""
                select count(*) from page
                where status = 'AWAITING'
                  and (delivery_status = 'FAILED'
                       or (delivery_status in ('PENDING', 'SENDING') and created_at < :stuckSince))""")
                .setParameter("stuckSince", stuckSince).getSingleResult()).longValue();
        long alerts = ((Number) em.createNativeQuery("""
                select count(*) from coordinator_alert
                where (delivery_status = 'FAILED' and created_at > :flaggedSince)
                   or (delivery_status in ('PENDING', 'SENDING') and created_at < :stuckSince)""")
                .setParameter("flaggedSince", now.minus(config.failedAlertFlaggedFor()))
                .setParameter("stuckSince", stuckSince).getSingleResult()).longValue();
        long watches = ((Number) em.createNativeQuery("""
                select count(*) from er_watch where resolved_at is null and due_at < :stuckSince""")
                .setParameter("stuckSince", stuckSince).getSingleResult()).longValue();
        return new Count(pages, alerts, watches, now);
    }
}
