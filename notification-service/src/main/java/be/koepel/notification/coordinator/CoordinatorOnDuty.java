package be.koepel.notification.coordinator;

import be.koepel.notification.paging.PagingConfig;
import be.koepel.notification.recipient.Recipient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Who is the coordinator on duty now: the duty from volunteer-service's rota that covers this
 * instant, else the coordinator in configuration (koepel.paging.coordinator-on-duty.*), loudly,
 * because then the rota has a hole or has not reached this service.
 */
@ApplicationScoped
public class CoordinatorOnDuty {

    private static final Logger LOG = Logger.getLogger(CoordinatorOnDuty.class);

    private final PagingConfig config;
    private final Clock clock;
    private final Counter fallbacks;

    public CoordinatorOnDuty(PagingConfig config, Clock clock, MeterRegistry registry) {
        this.config = config;
        this.clock = clock;
        this.fallbacks = Counter.builder("koepel.coordinator.fallback")
                .description("Messages for the coordinator on duty that went to the configured coordinator: no duty covered the time")
                .register(registry);
    }

    /** The coordinator as a recipient the channels understand; not stored, they are no volunteer. */
    public Recipient now() {
        Optional<CoordinatorDuty> duty = QuarkusTransaction.joiningExisting()
                .call(() -> CoordinatorDuty.covering(clock.instant()));
        Recipient recipient = new Recipient();
        if (duty.isPresent()) {
            recipient.displayName = duty.get().displayName;
            recipient.smsNumber = duty.get().smsNumber;
            recipient.email = duty.get().email;
            return recipient;
        }
        fallbacks.increment();
        LOG.warn("No coordinator duty covers now; the coordinator from configuration (koepel.paging.coordinator-on-duty) is told");
        recipient.displayName = config.coordinatorOnDuty().name();
        recipient.smsNumber = config.coordinatorOnDuty().phone().orElse(null);
        recipient.email = config.coordinatorOnDuty().email().orElse(null);
        return recipient;
    }
}
