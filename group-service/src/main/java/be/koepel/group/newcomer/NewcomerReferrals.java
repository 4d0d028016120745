package be.koepel.group.newcomer;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.group.NewcomerExpected;
import be.koepel.contracts.trajectory.TrajectoryProgressed;
import be.koepel.group.contactgroup.ContactGroup;
import be.koepel.group.session.GroupSession;
import be.koepel.group.session.SessionStatus;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.inbox.IdempotentConsumer;
import be.koepel.platform.outbox.Outbox;
import io.quarkus.panache.common.Sort;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * A trajectory got the step "referred to contact group X": the group's leaders get a
 * notification request with the next session, so they know someone new may come.
 *
 * <p>The step comes from {@code trajectory.progressed.v1} on the internal topic, which carries
 * every trajectory whatever the person's consent to share with partners: a referral to a
 * contact group is Koepel's own business, not a partner's, so a person who did not consent must
 * reach the group all the same. (The public {@code trajectory.public.v1} is not read here: it
 * lacks those persons, and group-service is no partner.) Only {@value #REFERRED_ON} with a
 * {@code contactGroupId} counts; other steps and other types on the topic are skipped.
 *
 * <p>A contact group group-service does not know is a permanent fault of the event's data, so
 * it goes to the dead-letter topic with both ids in the reason. It is deliberately not turned
 * into a {@code group.newcomer-expected.v1} with no recipients (which would page the coordinator
 * on duty): that event speaks for an existing group (its subject, its name, its next session)
 * and there is none to speak for; the dead-letter record is what operations watch and replay.
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

    @Incoming("trajectory-internal")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
        if (!EventTypes.TRAJECTORY_PROGRESSED.equals(event.type())) {
            return;
        }
        TrajectoryProgressed step = codec.data(event, TrajectoryProgressed.class);
        if (!REFERRED_ON.equals(step.stepType()) || step.contactGroupId() == null) {
            return;
        }
        if (step.trajectoryId() == null) {
            throw new MalformedEventException("trajectory.progressed.v1 " + event.id()
                    + " refers on to contact group " + step.contactGroupId() + " without a trajectoryId");
        }
        ContactGroup group = ContactGroup.<ContactGroup>findByIdOptional(step.contactGroupId())
                .orElseThrow(() -> unknownGroup(event, step));
        expect(group, step.trajectoryId(), step.occurredAt());
    }

    private void expect(ContactGroup group, UUID trajectoryId, Instant occurredAt) {
        ExpectedNewcomer.Key key = new ExpectedNewcomer.Key(group.id, trajectoryId);
        if (ExpectedNewcomer.findById(key) != null) {
            // referred to the same group again: the leaders know already
            return;
        }
        Optional<GroupSession> next = GroupSession.<GroupSession>find("groupId = ?1 and status = ?2 and startsAt > ?3",
                        Sort.by("startsAt"), group.id, SessionStatus.SCHEDULED, clock.instant())
                .firstResultOptional();
        ExpectedNewcomer newcomer = new ExpectedNewcomer();
        newcomer.key = key;
        newcomer.referredAt = occurredAt == null ? clock.instant() : occurredAt;
        newcomer.nextSessionId = next.map(s -> s.id).orElse(null);
        newcomer.persist();
        outbox.publish(Topics.GROUP_EVENTS, EventTypes.GROUP_NEWCOMER_EXPECTED, group.id.toString(),
                new NewcomerExpected(UUID.randomUUID(), group.id, group.name, trajectoryId,
                        List.copyOf(group.leaders), newcomer.nextSessionId, next.map(s -> s.startsAt).orElse(null),
                        newcomer.referredAt));
        LOG.infof("Group %s: newcomer expected from trajectory %s", group.id, trajectoryId);
    }

    private static MalformedEventException unknownGroup(CloudEvent event, TrajectoryProgressed step) {
        String reason = "trajectory " + step.trajectoryId() + " was referred on to contact group "
                + step.contactGroupId() + ", which group-service does not know; nobody expects this person "
                + "(trajectory.progressed.v1 " + event.id() + ")";
        LOG.error(reason);
        return new MalformedEventException(reason);
    }
}
