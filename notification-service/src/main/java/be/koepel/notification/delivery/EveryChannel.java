package be.koepel.notification.delivery;

import be.koepel.notification.recipient.Recipient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sends an alert or notice to every configured channel its recipient has an address for, each
 * channel on its own. What became of it on a channel is recorded (table message_channel) right
 * after that send, so a retry, also after a restart, goes out only on the channels without a
 * record: never twice where it arrived, and not lost where a gateway failed for a while. A crash
 * between a send and its record still sends on that one channel again: twice is better than never.
 */
@ApplicationScoped
public class EveryChannel {

    /** What became of a message on one channel. */
    enum Outcome {
        SENT,
        /** The channel said no for good ({@link DeliveryRefused}): trying again cannot help. */
        REFUSED,
        /** Still failing when the message's attempts ran out, while another channel had taken it. */
        GAVE_UP
    }

    private static final Logger LOG = Logger.getLogger(EveryChannel.class);

    private final EntityManager em;
    private final ConfiguredChannel channels;
    private final Clock clock;

    public EveryChannel(EntityManager em, ConfiguredChannel channels, Clock clock) {
        this.em = em;
        this.channels = channels;
        this.clock = clock;
    }

    /**
     * One attempt at a claimed message: sends on each of the recipient's channels that has no
     * record yet, and records each. Returns when the message is done: it reached the recipient on
     * some channel and no channel is left to try, or it is out of attempts (the channels still
     * failing are given up, logged). The message is then recorded as sent.
     *
     * @param attempts how many attempts a message gets
     * @throws DeliveryFailed when a channel is to be tried again (the others are not)
     * @throws DeliveryRefused when every channel refused it for good and none took it
     */
    public void deliver(DeliveryWorker worker, DeliveryQueue queue, DeliveryQueue.Claim claim, int attempts,
            Recipient recipient, String text) throws DeliveryFailed {
        if (recipient == null) {
            throw new RecipientUnknown("the recipient is not known");
        }
        List<String> targets = channels.channelsFor(recipient);
        if (targets.isEmpty()) {
            throw new DeliveryFailed("no address known for this recipient on " + channels.names());
        }
        Map<String, Outcome> recorded = QuarkusTransaction.requiringNew().call(() -> outcomes(queue, claim.id()));
        Map<String, String> failures = new LinkedHashMap<>();
        for (String channel : targets) {
            if (recorded.containsKey(channel)) {
                continue;
            }
            try {
                Optional<String> gatewayId = channels.sendOn(channel, recipient, text);
                worker.record(() -> record(queue, claim.id(), channel, Outcome.SENT, gatewayId.orElse(null), null));
                recorded.put(channel, Outcome.SENT);
            } catch (DeliveryRefused refused) {
                worker.record(() -> record(queue, claim.id(), channel, Outcome.REFUSED, null, refused.getMessage()));
                recorded.put(channel, Outcome.REFUSED);
            } catch (DeliveryFailed failed) {
                failures.put(channel, failed.getMessage());
            }
        }
        boolean reached = recorded.containsValue(Outcome.SENT);
        if (failures.isEmpty() && reached) {
            worker.sent(claim.id());
            return;
        }
        if (failures.isEmpty()) {
            throw new DeliveryRefused("every channel refused it for good: " + recorded.keySet());
        }
        String error = failures.entrySet().stream().map(failure -> failure.getKey() + ": " + failure.getValue())
                .collect(Collectors.joining("; "));
        if (reached && claim.attempt() >= attempts) {
            LOG.warnf("%s %s reached its recipient on %s, but not on %s after %d attempts: %s", queue.table(),
                    claim.id(), sentOn(recorded), failures.keySet(), claim.attempt(), error);
            worker.record(() -> failures.forEach((channel, reason) ->
                    record(queue, claim.id(), channel, Outcome.GAVE_UP, null, reason)));
            worker.sent(claim.id());
            return;
        }
        throw new DeliveryFailed(reached ? "sent on " + sentOn(recorded) + "; still to send: " + error : error);
    }

    /** Whether the message reached its recipient on some channel already; in the caller's transaction. */
    public boolean reached(DeliveryQueue queue, UUID messageId) {
        return outcomes(queue, messageId).containsValue(Outcome.SENT);
    }

    private Map<String, Outcome> outcomes(DeliveryQueue queue, UUID messageId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select channel, outcome from message_channel"
                + " where message_table = :table and message_id = :id")
                .setParameter("table", queue.table()).setParameter("id", messageId).getResultList();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        rows.forEach(row -> outcomes.put((String) row[0], Outcome.valueOf((String) row[1])));
        return outcomes;
    }

    /** Safe to run again (the record may be retried through a database blip): the first record of a channel stays. */
    private void record(DeliveryQueue queue, UUID messageId, String channel, Outcome outcome, String gatewayId,
            String error) {
        em.createNativeQuery("""
                insert into message_channel (message_table, message_id, channel, outcome, recorded_at,
                    gateway_message_id, error)
                values (:table, :id, :channel, :outcome, :at, :gatewayId, :error)
                on conflict do nothing""")
                .setParameter("table", queue.table()).setParameter("id", messageId).setParameter("channel", channel)
                .setParameter("outcome", outcome.name()).setParameter("at", clock.instant())
                .setParameter("gatewayId", gatewayId).setParameter("error", error)
                .executeUpdate();
    }

    private static List<String> sentOn(Map<String, Outcome> recorded) {
        return recorded.entrySet().stream().filter(entry -> entry.getValue() == Outcome.SENT).map(Map.Entry::getKey)
                .toList();
    }
}
