package be.koepel.volunteer.duty;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.volunteer.CoordinatorDutyScheduled;
import be.koepel.platform.outbox.Outbox;
import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import be.koepel.volunteer.volunteer.ContactChannelRules;
import be.koepel.volunteer.volunteer.ContactDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who among the coordinators is on duty, published so that notification-service can page them without asking. */
@ApplicationScoped
public class DutySchedule {

    private final Outbox outbox;
    private final Clock clock;

    public DutySchedule(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CoordinatorDuty schedule(NewDuty request) {
        Instant start = request.startsAt().toInstant();
        Instant end = request.endsAt().toInstant();
        // Only the neighbours can overlap; the database keeps the rest out of memory.
        List<DutyRules.Period> nearby = CoordinatorDuty.<CoordinatorDuty>list("startsAt < ?1 and endsAt > ?2",
                        end.isAfter(start) ? end : start, start).stream()
                .map(d -> new DutyRules.Period(d.startsAt, d.endsAt)).toList();
        List<Problem.Violation> violations = new java.util.ArrayList<>(DutyRules.violations(request, nearby));
        if (request.contactChannels() != null) {
            violations.addAll(ContactChannelRules.violations(request.contactChannels(), "contactChannels"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
        CoordinatorDuty duty = new CoordinatorDuty();
        duty.id = UUID.randomUUID();
        duty.coordinatorId = request.coordinatorId().trim();
        duty.displayName = request.displayName().trim();
        duty.phone = ContactDetails.normalisePhone(request.phone());
        duty.email = request.email() == null || request.email().isBlank() ? null : request.email().trim();
        duty.contactChannels = request.contactChannels() == null ? null
                : ContactChannelRules.normalised(request.contactChannels());
        duty.startsAt = start;
        duty.endsAt = end;
        duty.createdAt = clock.instant();
        duty.persist();
        outbox.publish(Topics.VOLUNTEER_EVENTS, EventTypes.COORDINATOR_DUTY_SCHEDULED, duty.id.toString(),
                new CoordinatorDutyScheduled(duty.id, duty.coordinatorId, duty.displayName,
                        duty.channels(), duty.startsAt, duty.endsAt, duty.createdAt));
        return duty;
    }

    @Transactional
    public Optional<CoordinatorDuty> onDuty(Instant at) {
        return CoordinatorDuty.<CoordinatorDuty>find("startsAt <= ?1 and endsAt > ?1", at).firstResultOptional();
    }

    public Instant now() {
        return clock.instant();
    }
}
