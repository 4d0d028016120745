package be.koepel.platform.outbox;

import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Writes an event into the caller's database transaction. It becomes visible to the relay only
 * when that transaction commits, so state and event are stored together or not at all.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final CloudEventCodec codec;
    private final OutboxConfig config;
    private final Event<OutboxWritten> written;

    public Outbox(EntityManager em, CloudEventCodec codec, OutboxConfig config, Event<OutboxWritten> written) {
        this.em = em;
        this.codec = codec;
        this.config = config;
        this.written = written;
    }

    /**
     * @param subject the aggregate id; also the Kafka key, so one aggregate's events stay in order
     * @return the event as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String type, String subject, Object data) {
        CloudEvent event = codec.wrap(config.source(), type, subject, data);
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.fromString(event.id());
        message.topic = topic;
        message.messageKey = subject;
        message.eventType = type;
        message.payload = codec.encode(event);
        message.createdAt = event.time().toInstant();
        em.persist(message);
        written.fire(new OutboxWritten(message.id));
        return event;
    }

    /** Fired inside the transaction; the relay observes it after a successful commit. */
    public record OutboxWritten(UUID messageId) {
    }
}
