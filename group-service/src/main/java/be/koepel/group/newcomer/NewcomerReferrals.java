package be.koepel.group.newcomer;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.group.NewcomerExpected;
import be.koepel.contracts.trajectory.TrajectoryStepRecorded;
import be.koepel.group.contactgroup.ContactGroup;
import be.koepel.group.session.GroupSession;
import be.koepel.group.session.SessionStatus;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.inbox.IdempotentConsumer;
import be.koepel.platform.outbox.Outbox;
import io.quarkus.panache.common.Sort;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * A trajectory got the step "referred to contact group X": the group's leaders get a
 * notification request with the next session, so they know someone new may come.
 *
 * <p>The step is {@code trajectory.step-recorded.v1} with step type {@value #REFERRED_ON} and the
 * contact group's id in {@code referredTo}; referrals to other organisations are skipped.
 */
@ApplicationScoped
public class NewcomerReferrals {

    static final String CONSUMER = "group-service.newcomer-referrals";
    static final String REFERRED_ON = "REFERRED_ON";
    private static final Logger LOG = Logger.getLogger(NewcomerReferrals.class);

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Outbox outbox;
    private final Clock clock;

    public NewcomerReferrals(IdempotentConsumer consumer, CloudEventCodec codec, Outbox outbox, Clock clock) {
        this.consumer = consumer;
        this.codec = codec;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Incoming("trajectory-public")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
        if (!EventTypes.TRAJECTORY_STEP_RECORDED.equals(event.type())) {
            return;
        }
        TrajectoryStepRecorded step = codec.data(event, TrajectoryStepRecorded.class);
        if (!REFERRED_ON.equals(step.stepType()) || step.trajectoryId() == null) {
            return;
        }
        Optional<ContactGroup> group = groupId(step.referredTo())
                .flatMap(id -> ContactGroup.<ContactGroup>findByIdOptional(id));
        if (group.isEmpty()) {
            LOG.debugf("Trajectory %s referred on to %s: not a contact group here", step.trajectoryId(), step.referredTo());
            return;
        }
        expect(group.get(), step);
    }

    private void expect(ContactGroup group, TrajectoryStepRecorded step) {
        ExpectedNewcomer.Key key = new ExpectedNewcomer.Key(group.id, step.trajectoryId());
        if (ExpectedNewcomer.findById(key) != null) {
            // referred to the same group again: the leaders know already
            return;
        }
        Optional<GroupSession> next = GroupSession.<GroupSession>find("groupId = ?1 and status = ?2 and startsAt > ?3",
                        Sort.by("startsAt"), group.id, SessionStatus.SCHEDULED, clock.instant())
                .firstResultOptional();
        ExpectedNewcomer newcomer = new ExpectedNewcomer();
        newcomer.key = key;
        newcomer.referredAt = step.occurredAt() == null ? clock.instant() : step.occurredAt();
        newcomer.nextSessionId = next.map(s -> s.id).orElse(null);
        newcomer.persist();
        outbox.publish(Topics.GROUP_EVENTS, EventTypes.GROUP_NEWCOMER_EXPECTED, group.id.toString(),
                new NewcomerExpected(UUID.randomUUID(), group.id, group.name, step.trajectoryId(),
                        List.copyOf(group.leaders), newcomer.nextSessionId, next.map(s -> s.startsAt).orElse(null),
                        newcomer.referredAt));
        LOG.infof("Group %s: newcomer expected from trajectory %s", group.id, step.trajectoryId());
    }

    private static Optional<UUID> groupId(String referredTo) {
        if (referredTo == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(referredTo.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
