package be.koepel.notification.coordinator;

import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.contracts.volunteer.CoordinatorDutyScheduled;
import be.koepel.notification.recipient.ContactChannels;
import be.koepel.platform.events.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the coordinator rota from coordinator-duty.scheduled.v1, by duty id; a later scheduledAt wins. */
@ApplicationScoped
public class CoordinatorDuties {

    /** Call in the consumer's transaction. */
    public void apply(CoordinatorDutyScheduled scheduled) {
        if (scheduled.dutyId() == null || scheduled.coordinatorId() == null || scheduled.startsAt() == null
                || scheduled.endsAt() == null || scheduled.scheduledAt() == null) {
            throw new MalformedEventException("a coordinator duty needs dutyId, coordinatorId, startsAt, endsAt and scheduledAt");
        }
        CoordinatorDuty duty = CoordinatorDuty.findById(scheduled.dutyId());
        if (duty != null && !scheduled.scheduledAt().isAfter(duty.scheduledAt)) {
            return; // an older or redelivered version
        }
        if (duty == null) {
            duty = new CoordinatorDuty();
            duty.dutyId = scheduled.dutyId();
        }
        duty.coordinatorId = scheduled.coordinatorId();
        duty.displayName = scheduled.displayName() == null || scheduled.displayName().isBlank()
                ? "Coordinator on duty" : scheduled.displayName();
        duty.smsNumber = ContactChannels.first(scheduled.contactChannels(), ContactChannel.SMS);
        duty.email = ContactChannels.first(scheduled.contactChannels(), ContactChannel.EMAIL);
        duty.startsAt = scheduled.startsAt();
        duty.endsAt = scheduled.endsAt();
        duty.scheduledAt = scheduled.scheduledAt();
        duty.persist();
    }
}
