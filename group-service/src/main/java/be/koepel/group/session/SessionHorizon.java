package be.koepel.group.session;

import be.koepel.group.config.GroupsConfig;
import be.koepel.group.contactgroup.ContactGroup;
import be.koepel.group.contactgroup.GroupStatus;
import be.koepel.platform.work.BackgroundLoop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/** Rolls the generated sessions forward as time passes, so there are always months ahead. */
@ApplicationScoped
public class SessionHorizon {

    private static final Logger LOG = Logger.getLogger(SessionHorizon.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private final SessionPlanner planner;
    private final GroupsConfig config;
    private BackgroundLoop loop;

    public SessionHorizon(SessionPlanner planner, GroupsConfig config) {
        this.planner = planner;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        loop = new BackgroundLoop("session-horizon", config.sessionRefreshBackoff(), this::round);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.stop(SHUTDOWN_GRACE);
        }
    }

    private Duration round() {
        int added = rollForward();
        if (added > 0) {
            LOG.infof("Generated %d sessions ahead", added);
        }
        return config.sessionRefreshInterval();
    }

    /** One round: every active group's sessions up to the horizon from today; returns how many were added. */
    int rollForward() {
        return QuarkusTransaction.requiringNew().call(() -> ContactGroup.<ContactGroup>list(
                        "status = ?1 and patternWeekday is not null", GroupStatus.ACTIVE)
                .stream().mapToInt(planner::extend).sum());
    }
}
