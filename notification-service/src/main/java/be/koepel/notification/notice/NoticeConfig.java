package be.koepel.notification.notice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

@ConfigMapping(prefix = "koepel.notices")
public interface NoticeConfig {

    /** Quiet hours for every recipient of non-urgent notices; pages ignore them. */
    QuietHoursConfig quietHours();

    /**
     * How long a "your rota changed" message waits for further changes to the same volunteer's rota,
     * so that a run of edits reaches them as one message with the final count rather than several
     * that contradict each other.
     */
    @WithDefault("5M")
    Duration rotaChangedSettle();

    /** How long before a shift starts its reminder goes out. */
    @WithDefault("P1D")
    Duration shiftReminderAhead();

    /**
     * At most this many messages (pages and notices) per recipient within {@link #throttleWindow()}
     * before a notice waits; pages are never held back.
     */
    @WithDefault("3")
    int maxPerRecipient();

    @WithDefault("1M")
    Duration throttleWindow();

    /** Delivery attempts per notice before it counts as failed. */
    @WithDefault("8")
    int deliveryAttempts();

    /**
     * Notices sent at the same time. The throttle holds per recipient however many there are (their
     * row is locked while a notice takes its place in the window); each holds a database connection
     * while it runs: keep the pool (quarkus.datasource.jdbc.max-size) above the sum of the dispatchers'.
     */
    @WithDefault("4")
    int deliveryConcurrency();

    interface QuietHoursConfig {

        @WithDefault("22:00")
        LocalTime start();

        /** Equal to start: no quiet hours. */
        @WithDefault("08:00")
        LocalTime end();

        @WithDefault("Europe/Brussels")
        ZoneId zone();
    }

    default QuietHours quiet() {
        return new QuietHours(quietHours().start(), quietHours().end(), quietHours().zone());
    }
}
