package be.koepel.notification.safetynet;

import be.koepel.notification.paging.Escalation;
import be.koepel.notification.paging.Page;
import be.koepel.notification.paging.Pager;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Records alerts for the coordinator on duty, in the caller's transaction; the dispatcher delivers them. */
@ApplicationScoped
public class CoordinatorAlerts {

    private static final Logger LOG = Logger.getLogger(CoordinatorAlerts.class);

    /** Fired inside the transaction; the dispatcher delivers after commit. */
    public record AlertCreated(UUID alertId) {
    }

    private final Clock clock;
    private final Event<AlertCreated> created;
    private final MeterRegistry registry;

    public CoordinatorAlerts(Clock clock, Event<AlertCreated> created, MeterRegistry registry) {
        this.registry = registry;
        this.clock = clock;
        this.created = created;
    }

    /**
     * An escalation ran out of steps: tell the coordinator and, when the referral named one, the
     * hospital's call-back contact, in the same transaction and each at most once.
     */
    void exhausted(@Observes Pager.EscalationExhausted exhausted) {
        Escalation escalation = Escalation.findById(exhausted.escalationId());
        boolean anyonePaged = Page.count("escalationId", escalation.id) > 0;
        CoordinatorAlert.Reason reason = anyonePaged ? CoordinatorAlert.Reason.EXHAUSTED
                : CoordinatorAlert.Reason.NO_CANDIDATES;
        record(reason, escalation.referralId, null, AlertText.composeWithCallBack(reason, escalation.referralId,
                escalation.hospitalName, escalation.erDepartment, escalation.erRoom, escalation.language,
                escalation.callBackPhone), escalation.hospitalName);
        if (escalation.callBackPhone != null) {
            record(CoordinatorAlert.Reason.REFERRER_CALL_BACK, escalation.referralId, escalation.callBackPhone,
                    AlertText.callBack(escalation.referralId, escalation.hospitalName, escalation.erDepartment,
                            escalation.erRoom), escalation.hospitalName);
        }
    }

    public void alert(CoordinatorAlert.Reason reason, UUID referralId, String hospitalName, String department,
            String room, String language) {
        record(reason, referralId, null, AlertText.compose(reason, referralId, hospitalName, department, room, language),
                hospitalName);
    }

    private void record(CoordinatorAlert.Reason reason, UUID referralId, String recipientPhone, String text,
            String hospitalName) {
        if (CoordinatorAlert.count("referralId = ?1 and reason = ?2", referralId, reason) > 0) {
            return; // told already; the unique constraint backs this up
        }
        CoordinatorAlert alert = new CoordinatorAlert();
        alert.id = UUID.randomUUID();
        alert.referralId = referralId;
        alert.reason = reason;
        alert.recipientPhone = recipientPhone;
        alert.text = text;
        alert.deliveryStatus = CoordinatorAlert.Delivery.PENDING;
        alert.nextDeliveryAt = clock.instant();
        alert.createdAt = clock.instant();
        alert.persist();
        registry.counter("koepel.coordinator.alerts", "reason", reason.name()).increment();
        LOG.errorf("%s for ER referral %s at %s", reason == CoordinatorAlert.Reason.REFERRER_CALL_BACK
                ? "Referrer's call-back contact told" : "Coordinator on duty alerted (" + reason + ")",
                referralId, hospitalName);
        created.fire(new AlertCreated(alert.id));
    }
}
