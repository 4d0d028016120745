package be.koepel.notification.paging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "koepel.paging")
public interface PagingConfig {

    /** How long a paged peer supporter has to acknowledge before the next candidate is paged. */
    @WithDefault("5M")
    Duration acknowledgeWithin();

    /** How often the escalation timer looks for deadlines that passed. */
    @WithDefault("500ms")
    Duration timerInterval();

    /**
     * Escalations whose deadline passed that the timer moves on at the same time, each in its own
     * transaction: a burst of deadlines then waits for fewer database round trips in a row.
     */
    @WithDefault("4")
    int timerConcurrency();

    /** The shortest step delay a coordinator may set in an escalation policy: a peer needs time to read and answer. */
    @WithDefault("30s")
    Duration minStepDelay();

    /** The base of the answer links in a page: this service's public address. */
    String publicUrl();

    /** The key that signs answer links (HMAC-SHA256); at least 16 characters. */
    String linkSecret();

    /**
     * How long an answer link works, from the page's creation: long enough for a late "I'm going"
     * (which still counts after the step's deadline), short enough that an old SMS answers nothing.
     */
    @WithDefault("12h")
    Duration linkLifetime();

    /** {@code sms}, {@code email}, {@code webhook} and/or {@code log}, comma separated. */
    @WithDefault("log")
    String channel();

    /** Delivery attempts per page before it counts as failed; escalation goes on regardless. */
    @WithDefault("5")
    int deliveryAttempts();

    /** Wait before the first retry of a failed delivery; it doubles with each attempt. */
    @WithDefault("2s")
    Duration deliveryBackoff();

    /** The longest wait between two delivery attempts, however many failed before. */
    @WithDefault("10s")
    Duration maxDeliveryBackoff();

    /** How often the dispatcher looks for deliveries that are due. */
    @WithDefault("1s")
    Duration dispatchInterval();

    /**
     * Messages each dispatcher (pages, contact methods, coordinator alerts, notices) sends at the
     * same time; each waits on the database and a gateway. Every one holds a database connection
     * while it runs: keep the pool (quarkus.datasource.jdbc.max-size) above the sum.
     */
    @WithDefault("4")
    int deliveryConcurrency();

    /** An ER referral without candidates after this long goes straight to the coordinator on duty. */
    @WithDefault("60s")
    Duration noCandidatesWithin();

    /** A page or coordinator alert not delivered after this long counts as stuck (health check, metric). */
    @WithDefault("2M")
    Duration stuckAfter();

    /** How long a coordinator alert that could not be delivered keeps the health check DOWN: until someone looks. */
    @WithDefault("24h")
    Duration failedAlertFlaggedFor();

    /** How often stuck pages and alerts are counted for the health check and the metric. */
    @WithDefault("10s")
    Duration stuckCheckInterval();

    /**
     * Who is on duty as coordinator: the last step of every escalation and the safety net. From
     * configuration until volunteer-service publishes the coordinator rota.
     */
    CoordinatorOnDuty coordinatorOnDuty();

    interface CoordinatorOnDuty {

        @WithDefault("Coordinator on duty")
        String name();

        /** Receives the alert by SMS; without it (and without e-mail) alerts only reach the log, loudly. */
        Optional<String> phone();

        Optional<String> email();
    }
}
