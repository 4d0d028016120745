package be.koepel.notification.safetynet;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.notification.paging.Escalation;
import be.koepel.notification.paging.PagingConfig;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.inbox.IdempotentConsumer;
import be.koepel.platform.work.BackgroundLoop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * An urgent ER referral that gets no candidates in time goes straight to the coordinator on duty:
 * volunteer-service may be down, or nobody on call. The watch is a row with a due time, so a
 * restart loses nothing.
 */
@ApplicationScoped
public class SafetyNet {

    static final String CONSUMER = "notification-service.safety-net";
    private static final int BATCH = 50;

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final EntityManager em;
    private final CoordinatorAlerts alerts;
    private final PagingConfig config;
    private final Clock clock;
    private final BackgroundLoop loop;

    public SafetyNet(IdempotentConsumer consumer, CloudEventCodec codec, EntityManager em, CoordinatorAlerts alerts,
            PagingConfig config, Clock clock) {
        this.consumer = consumer;
        this.codec = codec;
        this.em = em;
        this.alerts = alerts;
        this.config = config;
        this.clock = clock;
        this.loop = new BackgroundLoop("er-safety-net", config.timerInterval(), this::round);
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop(Duration.ofSeconds(5));
    }

    @Incoming("referral-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
        if (!EventTypes.REFERRAL_RECEIVED.equals(event.type())) {
            return;
        }
        ReferralReceived referral = codec.data(event, ReferralReceived.class);
        if (referral.referralId() == null) {
            throw new MalformedEventException("referral " + event.id() + " lacks its referralId");
        }
        if (!referral.isUrgent() || ErWatch.findById(referral.referralId()) != null) {
            return;
        }
        ErWatch watch = new ErWatch();
        watch.referralId = referral.referralId();
        if (referral.referringOrganisation() != null) {
            watch.hospitalId = referral.referringOrganisation().id();
            watch.hospitalName = referral.referringOrganisation().name();
        }
        if (referral.erLocation() != null) {
            watch.erDepartment = referral.erLocation().department();
            watch.erRoom = referral.erLocation().room();
        }
        watch.language = referral.language();
        // Counted from when this service learns of the referral, not from receivedAt: after a restart,
        // the proposals still waiting in the matching backlog get their chance before anyone is woken.
        watch.dueAt = clock.instant().plus(config.noCandidatesWithin());
        watch.persist();
    }

    Duration round() {
        int checked = QuarkusTransaction.requiringNew().call(this::checkDue);
        return checked == BATCH ? Duration.ZERO : config.timerInterval();
    }

    private int checkDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<ErWatch> due = em.createNativeQuery("""
                select * from er_watch
                where resolved_at is null and due_at <= :now
                order by due_at
                limit :limit
                for update skip locked""", ErWatch.class)
                .setParameter("now", now)
                .setParameter("limit", BATCH)
                .getResultList();
        for (ErWatch watch : due) {
            watch.resolvedAt = now;
            if (Escalation.forReferral(watch.referralId).isPresent()) {
                // Paging started; if it runs out of steps, the escalation alerts the coordinator itself.
                watch.outcome = ErWatch.CANDIDATES_ARRIVED;
            } else {
                watch.outcome = ErWatch.COORDINATOR_ALERTED;
                alerts.alert(CoordinatorAlert.Reason.NO_CANDIDATES, watch.referralId, watch.hospitalName,
                        watch.erDepartment, watch.erRoom, watch.language);
            }
        }
        return due.size();
    }
}
