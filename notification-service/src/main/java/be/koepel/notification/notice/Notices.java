package be.koepel.notification.notice;

import be.koepel.contracts.group.NewcomerExpected;
import be.koepel.contracts.matching.PeerAssigned;
import be.koepel.contracts.trajectory.FollowUpLapsed;
import be.koepel.contracts.volunteer.RotaGapDetected;
import be.koepel.contracts.volunteer.Shift;
import be.koepel.contracts.volunteer.ShiftsChanged;
import be.koepel.notification.recipient.Recipient;
import be.koepel.platform.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns events into non-urgent notices, in the consumer's transaction, each at most once (by its
 * dedupe key). Quiet hours hold them; the dispatcher delivers them when due.
 *
 * <p>An event naming a volunteer this service does not know is refused: it goes to the DLQ, and the
 * coordinator on duty is warned in a transaction of its own, so the warning survives the refusal.
 */
@ApplicationScoped
public class Notices {

    private static final Logger LOG = Logger.getLogger(Notices.class);
    /** A daily refresh of the shift horizon is no change the volunteer needs to hear about. */
    static final String HORIZON_MOVED = "HORIZON_MOVED";

    /** Fired inside the transaction; the dispatcher delivers after commit. */
    public record NoticeCreated(UUID noticeId) {
    }

    private final NoticeConfig config;
    private final NoticeText texts;
    private final Clock clock;
    private final Event<NoticeCreated> created;
    private final MeterRegistry registry;

    public Notices(NoticeConfig config, Clock clock, Event<NoticeCreated> created, MeterRegistry registry) {
        this.config = config;
        this.texts = new NoticeText(config.quietHours().zone());
        this.clock = clock;
        this.created = created;
        this.registry = registry;
    }

    public void peerAssigned(String eventId, PeerAssigned assigned) {
        require(assigned.referralId() != null && assigned.volunteerId() != null, eventId, "referralId and volunteerId");
        requireKnown(eventId, "peer.assigned.v1", assigned.volunteerId());
        String organisation = assigned.referringOrganisation() == null ? null : assigned.referringOrganisation().name();
        create("peer-assigned:" + assigned.referralId() + ":" + assigned.volunteerId(), Notice.Kind.PEER_ASSIGNED,
                assigned.volunteerId(), texts.peerAssigned(organisation), now());
    }

    public void newcomerExpected(String eventId, NewcomerExpected expected) {
        require(expected.requestId() != null && expected.groupName() != null, eventId, "requestId and groupName");
        String text = texts.newcomerExpected(expected.groupName(), expected.nextSessionStartsAt());
        List<UUID> leaders = expected.recipients() == null ? List.of() : expected.recipients();
        if (leaders.isEmpty()) {
            create("newcomer:" + expected.requestId() + ":coordinator", Notice.Kind.NEWCOMER_EXPECTED, null,
                    text + " De groep heeft geen begeleider.", now());
            return;
        }
        for (UUID leader : leaders) {
            requireKnown(eventId, "group.newcomer-expected.v1", leader);
        }
        for (UUID leader : leaders) {
            create("newcomer:" + expected.requestId() + ":" + leader, Notice.Kind.NEWCOMER_EXPECTED, leader, text, now());
        }
    }

    public void followUpLapsed(String eventId, FollowUpLapsed lapsed) {
        require(lapsed.trajectoryId() != null && lapsed.volunteerId() != null && lapsed.nextContactOn() != null,
                eventId, "trajectoryId, volunteerId and nextContactOn");
        requireKnown(eventId, "trajectory.follow-up-lapsed.v1", lapsed.volunteerId());
        create("lapsed:" + lapsed.trajectoryId() + ":" + lapsed.nextContactOn(), Notice.Kind.FOLLOW_UP_LAPSED,
                lapsed.volunteerId(), texts.followUpLapsed(lapsed.nextContactOn()), now());
    }

    public void rotaGap(String eventId, RotaGapDetected gap) {
        require(gap.gapId() != null && gap.gapStartsAt() != null && gap.gapEndsAt() != null, eventId,
                "gapId, gapStartsAt and gapEndsAt");
        create("gap:" + gap.gapId(), Notice.Kind.ROTA_GAP, null,
                texts.rotaGap(gap.scheduleName(), gap.hospitals(), gap.gapStartsAt(), gap.gapEndsAt(), gap.kind()),
                now());
    }

    /**
     * The volunteer's shift list is replaced by a newer one: "your rota changed", a reminder ahead
     * of each coming shift, and the reminders of shifts no longer in the list cancelled.
     */
    public void shiftsChanged(String eventId, ShiftsChanged changed) {
        require(changed.volunteerId() != null && changed.changedAt() != null && changed.shifts() != null, eventId,
                "volunteerId, changedAt and shifts");
        VolunteerShifts latest = VolunteerShifts.findById(changed.volunteerId());
        if (latest != null && !changed.changedAt().isAfter(latest.changedAt)) {
            LOG.debugf("Shifts of %s changed at %s are older than those of %s; ignored", changed.volunteerId(),
                    changed.changedAt(), latest.changedAt);
            return;
        }
        requireKnown(eventId, "volunteer.shifts-changed.v1", changed.volunteerId());
        if (latest == null) {
            latest = new VolunteerShifts();
            latest.volunteerId = changed.volunteerId();
        }
        latest.changedAt = changed.changedAt();
        latest.persist();

        Instant now = now();
        Set<String> keep = new HashSet<>();
        for (Shift shift : changed.shifts()) {
            if (shift.startsAt() == null || shift.endsAt() == null || !shift.startsAt().isAfter(now)) {
                continue;
            }
            String key = "shift-reminder:" + changed.volunteerId() + ":" + shift.scheduleId() + ":" + shift.startsAt();
            keep.add(key);
            Instant due = later(now, shift.startsAt().minus(config.shiftReminderAhead()));
            String text = texts.shiftReminder(shift.scheduleName(), shift.startsAt(), shift.endsAt());
            Notice existing = Notice.find("dedupeKey", key).firstResult();
            if (existing == null) {
                create(key, Notice.Kind.SHIFT_REMINDER, changed.volunteerId(), text, due);
            } else if (existing.deliveryStatus == Notice.Delivery.CANCELLED) {
                // the shift was removed and is back: remind after all
                existing.deliveryStatus = Notice.Delivery.PENDING;
                existing.nextDeliveryAt = config.quiet().release(due);
                created.fire(new NoticeCreated(existing.id));
            }
        }
        List<Notice> pending = Notice.list("volunteerId = ?1 and kind = ?2 and deliveryStatus = ?3",
                changed.volunteerId(), Notice.Kind.SHIFT_REMINDER, Notice.Delivery.PENDING);
        for (Notice reminder : pending) {
            if (!keep.contains(reminder.dedupeKey)) {
                reminder.deliveryStatus = Notice.Delivery.CANCELLED;
            }
        }
        if (!HORIZON_MOVED.equals(changed.reason())) {
            // a shift under way counts too: it gets no reminder, but the volunteer is on call in it
            int shifts = (int) changed.shifts().stream()
                    .filter(shift -> shift.endsAt() != null && shift.endsAt().isAfter(now)).count();
            String text = texts.rotaChanged(shifts, changed.horizonStartsAt() == null ? now : changed.horizonStartsAt(),
                    changed.horizonEndsAt() == null ? now : changed.horizonEndsAt());
            if (!retellWaitingRotaChange(changed.volunteerId(), text)) {
                create("rota-changed:" + changed.volunteerId() + ":" + changed.changedAt(), Notice.Kind.ROTA_CHANGED,
                        changed.volunteerId(), text, now.plus(config.rotaChangedSettle()));
            }
        }
    }

    /**
     * A "rota changed" message still waiting out its settle time takes the newer text, and keeps its
     * time: one message for a run of changes. One that is being sent, or reached the volunteer on some
     * channel already (its sent_at is set), is left alone, and the change gets a message of its own.
     * A conditional update, so a dispatcher claiming the message meanwhile wins and nothing is sent twice.
     */
    private boolean retellWaitingRotaChange(UUID volunteerId, String text) {
        return Notice.update("text = ?1 where volunteerId = ?2 and kind = ?3 and deliveryStatus = ?4 and sentAt is null",
                text, volunteerId, Notice.Kind.ROTA_CHANGED, Notice.Delivery.PENDING) > 0;
    }

    private void create(String dedupeKey, Notice.Kind kind, UUID volunteerId, String text, Instant due) {
        if (Notice.count("dedupeKey", dedupeKey) > 0) {
            return; // told already; the unique constraint backs this up
        }
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.dedupeKey = dedupeKey;
        notice.kind = kind;
        notice.volunteerId = volunteerId;
        notice.text = text;
        notice.deliveryStatus = Notice.Delivery.PENDING;
        notice.nextDeliveryAt = config.quiet().release(due);
        notice.createdAt = now();
        notice.persist();
        registry.counter("koepel.notices.created", "kind", kind.name()).increment();
        created.fire(new NoticeCreated(notice.id));
    }

    private void requireKnown(String eventId, String eventType, UUID volunteerId) {
        if (Recipient.findById(volunteerId) != null) {
            return;
        }
        registry.counter("koepel.notices.unknown.volunteer", "type", eventType).increment();
        LOG.errorf("%s %s names volunteer %s, who is not known; to the DLQ, and the coordinator is warned",
                eventType, eventId, volunteerId);
        QuarkusTransaction.requiringNew().run(() -> create("unknown-volunteer:" + eventId + ":" + volunteerId,
                Notice.Kind.UNKNOWN_VOLUNTEER, null, texts.unknownVolunteer(eventType, volunteerId), now()));
        throw new MalformedEventException(eventType + " " + eventId + " names unknown volunteer " + volunteerId);
    }

    private static void require(boolean valid, String eventId, String fields) {
        if (!valid) {
            throw new MalformedEventException("event " + eventId + " lacks " + fields);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
