package be.koepel.volunteer.activity;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.group.SessionHeld;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A contact group's session was held: each of its leaders gets it in their activity log. */
@ApplicationScoped
public class GroupEventsConsumer {

    /** Stable: processed event ids are recorded under this name. */
    static final String CONSUMER = "volunteer-service.sessions-led";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final ActivityLog log;

    public GroupEventsConsumer(IdempotentConsumer consumer, CloudEventCodec codec, ActivityLog log) {
        this.consumer = consumer;
        this.codec = codec;
        this.log = log;
    }

    @Incoming("group-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, event -> {
            if (!EventTypes.GROUP_SESSION_HELD.equals(event.type())) {
                return;
            }
            SessionHeld session = codec.data(event, SessionHeld.class);
            if (session.sessionId() == null || session.startedAt() == null || session.recordedAt() == null) {
                throw new MalformedEventException("group.session-held.v1 needs sessionId, startedAt and recordedAt");
            }
            log.sessionHeld(session);
        });
    }
}
