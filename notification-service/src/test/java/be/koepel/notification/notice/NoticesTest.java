package be.koepel.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.group.NewcomerExpected;
import be.koepel.contracts.matching.PeerAssigned;
import be.koepel.contracts.referral.ReferringOrganisation;
import be.koepel.contracts.trajectory.FollowUpLapsed;
import be.koepel.contracts.volunteer.RotaGapDetected;
import be.koepel.contracts.volunteer.Shift;
import be.koepel.contracts.volunteer.ShiftsChanged;
import be.koepel.notification.ServiceTestBase;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Non-urgent notices: what a volunteer or the coordinator should know, once, without paging.
 * (Quiet hours are off in %test, so that these tests do not depend on the time they run at;
 * QuietHoursTest covers when notices are held.)
 */
@QuarkusTest
class NoticesTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String VOLUNTEERS = "koepel/volunteer-service";

    @Test
    void aRoutineAssignmentTellsTheAssignedPeerOnceWithoutPersonalData() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        PeerAssigned assigned = new PeerAssigned(referralId, peer.id(), "GP",
                new ReferringOrganisation("gp-geel", "Huisartsenpraktijk Geel", "GP"), "coordinator-an", Instant.now());
        String event = event(EventTypes.PEER_ASSIGNED, referralId, assigned);
        EventSchemas.assertConforms(event);

        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), event);
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), event);
        String again = event(EventTypes.PEER_ASSIGNED, referralId, assigned);
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), again);

        await().atMost(WAIT).until(() -> sms.receivedBy(peer.phone()).size() == 1);
        assertThat(sms.receivedBy(peer.phone()).get(0).text()).contains("toegewezen", "in de app");
        awaitProcessed("notification-service.paging", again);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .until(() -> sms.receivedBy(peer.phone()).size() == 1);
    }

    @Test
    void aRotaGapIsToldToTheCoordinatorOnDutyOncePerGap() {
        UUID gapId = UUID.randomUUID();
        String schedule = "Wacht AZ Gap " + gapId;
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        RotaGapDetected gap = new RotaGapDetected(gapId, UUID.randomUUID(), schedule, List.of("az-gap"), start,
                start.plus(6, ChronoUnit.HOURS), Instant.now(), RotaGapDetected.Kind.NOBODY_SCHEDULED);
        String first = event(EventTypes.ROTA_GAP_DETECTED, gapId, gap);
        String foundAgain = event(EventTypes.ROTA_GAP_DETECTED, gapId, gap);
        EventSchemas.assertConforms(first);

        kafka.send(Topics.VOLUNTEER_EVENTS, gapId.toString(), first);
        kafka.send(Topics.VOLUNTEER_EVENTS, gapId.toString(), foundAgain);

        await().atMost(WAIT).until(() -> textsTo(coordinatorPhone, schedule).size() == 1);
        assertThat(textsTo(coordinatorPhone, schedule).get(0)).contains("niemand van wacht", "az-gap");
        awaitProcessed("notification-service.recipients", foundAgain);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .until(() -> textsTo(coordinatorPhone, schedule).size() == 1);
    }

    @Test
    void aGapWhereNobodyOnCallCanBePagedIsToldAsSuchAndAnOlderEventWithoutAKindAsNobodyOnCall() {
        UUID pageable = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        Instant start = Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String unpageable = event(EventTypes.ROTA_GAP_DETECTED, pageable, new RotaGapDetected(pageable, UUID.randomUUID(),
                "Wacht " + pageable, List.of("az-gap"), start, start.plus(2, ChronoUnit.HOURS), Instant.now(),
                RotaGapDetected.Kind.NOBODY_PAGEABLE));
        String withoutKind = event(EventTypes.ROTA_GAP_DETECTED, older, new RotaGapDetected(older, UUID.randomUUID(),
                "Wacht " + older, List.of("az-gap"), start, start.plus(2, ChronoUnit.HOURS), Instant.now(), null))
                .replace(",\"kind\":null", "");
        EventSchemas.assertConforms(unpageable);
        EventSchemas.assertConforms(withoutKind);
        assertThat(withoutKind).doesNotContain("\"kind\"");

        kafka.send(Topics.VOLUNTEER_EVENTS, pageable.toString(), unpageable);
        kafka.send(Topics.VOLUNTEER_EVENTS, older.toString(), withoutKind);

        await().atMost(WAIT).until(() -> textsTo(coordinatorPhone, "Wacht " + pageable).size() == 1
                && textsTo(coordinatorPhone, "Wacht " + older).size() == 1);
        assertThat(textsTo(coordinatorPhone, "Wacht " + pageable).get(0)).contains("niemand oproepbaar")
                .doesNotContain("niemand van wacht");
        assertThat(textsTo(coordinatorPhone, "Wacht " + older).get(0)).contains("niemand van wacht");
    }

    @Test
    void aLapsedFollowUpRemindsTheAssignedPeerOnce() {
        var peer = fixtures.volunteer();
        UUID trajectoryId = UUID.randomUUID();
        FollowUpLapsed lapsed = new FollowUpLapsed(UUID.randomUUID(), trajectoryId, peer.id(),
                LocalDate.of(2026, 11, 20), Instant.now());
        String event = event(EventTypes.FOLLOW_UP_LAPSED, trajectoryId, lapsed);
        EventSchemas.assertConforms(event);

        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectoryId.toString(), event);
        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectoryId.toString(), event);

        await().atMost(WAIT).until(() -> sms.receivedBy(peer.phone()).size() == 1);
        assertThat(sms.receivedBy(peer.phone()).get(0).text()).contains("vervolgcontact", "20 november");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .until(() -> sms.receivedBy(peer.phone()).size() == 1);
    }

    @Test
    void aVolunteerGetsNoMoreNoticesAtOnceThanTheThrottleAllowsAndTheRestFollowLaterWithoutUsingUpAnAttempt() {
        var peer = fixtures.volunteer();
        for (int day = 1; day <= 3; day++) {
            UUID trajectoryId = UUID.randomUUID();
            kafka.send(Topics.TRAJECTORY_INTERNAL, trajectoryId.toString(), event(EventTypes.FOLLOW_UP_LAPSED,
                    trajectoryId, new FollowUpLapsed(UUID.randomUUID(), trajectoryId, peer.id(),
                            LocalDate.of(2026, 11, day), Instant.now())));
        }

        // %test.koepel.notices.max-per-recipient is 2 within a window of 10 s
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> Notice.count(
                "volunteerId = ?1 and lastDeliveryError like 'throttled%'", peer.id())) == 1);
        assertThat(sms.receivedBy(peer.phone())).hasSize(2);
        await().atMost(WAIT).until(() -> sms.receivedBy(peer.phone()).size() == 3);
        // being held back was no attempt: a notice held often still has all its tries for real failures
        await().atMost(WAIT).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew().call(() -> Notice
                .<Notice>list("volunteerId", peer.id())).stream().map(notice -> notice.deliveryAttempts))
                .containsExactly(1, 1, 1));
    }

    @Test
    void aNewcomerIsAnnouncedToEachLeaderOfTheGroupAndToTheCoordinatorWhenTheGroupHasNone() {
        var leader = fixtures.volunteer();
        var coLeader = fixtures.volunteer();
        UUID groupId = UUID.randomUUID();
        Instant session = Instant.parse("2026-12-03T18:30:00Z");
        String withLeaders = event(EventTypes.GROUP_NEWCOMER_EXPECTED, groupId, new NewcomerExpected(UUID.randomUUID(),
                groupId, "Contactgroep Mol", UUID.randomUUID(), List.of(leader.id(), coLeader.id()), UUID.randomUUID(),
                session, Instant.now()));
        UUID leaderless = UUID.randomUUID();
        String groupName = "Contactgroep " + leaderless;
        String withoutLeaders = event(EventTypes.GROUP_NEWCOMER_EXPECTED, leaderless, new NewcomerExpected(
                UUID.randomUUID(), leaderless, groupName, UUID.randomUUID(), List.of(), null, null, Instant.now()));
        EventSchemas.assertConforms(withLeaders);

        kafka.send(Topics.GROUP_EVENTS, groupId.toString(), withLeaders);
        kafka.send(Topics.GROUP_EVENTS, leaderless.toString(), withoutLeaders);

        await().atMost(WAIT).until(() -> sms.receivedBy(leader.phone()).size() == 1
                && sms.receivedBy(coLeader.phone()).size() == 1);
        assertThat(sms.receivedBy(leader.phone()).get(0).text())
                .contains("Contactgroep Mol", "donderdag 3 december om 19:30");
        await().atMost(WAIT).until(() -> textsTo(coordinatorPhone, groupName).size() == 1);
        assertThat(textsTo(coordinatorPhone, groupName).get(0)).contains("geen begeleider");
    }

    @Test
    void changedShiftsTellTheVolunteerRemindTheDayBeforeAndAReplacedListCancelsRemovedShiftsReminders() {
        var peer = fixtures.volunteer();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID schedule = UUID.randomUUID();
        Shift tonight = new Shift(schedule, "Wacht Kempen", List.of("az-turnhout"), now.plus(3, ChronoUnit.HOURS),
                now.plus(9, ChronoUnit.HOURS));
        Shift nextWeek = new Shift(schedule, "Wacht Kempen", List.of("az-turnhout"), now.plus(7, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS));
        Shift underWay = new Shift(schedule, "Wacht Kempen", List.of("az-turnhout"), now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.HOURS));
        String changed = event(EventTypes.SHIFTS_CHANGED, peer.id(), new ShiftsChanged(peer.id(),
                List.of(underWay, tonight, nextWeek), now, now.plus(14, ChronoUnit.DAYS), "ROTATION_CHANGED", now));
        EventSchemas.assertConforms(changed);

        kafka.send(Topics.VOLUNTEER_EVENTS, peer.id().toString(), changed);

        // "your rota changed" (counting the shift under way, which gets no reminder), and the reminder of
        // tonight's shift, which starts within a day
        await().atMost(WAIT).until(() -> sms.receivedBy(peer.phone()).size() == 2);
        assertThat(textsTo(peer.phone(), "wachtrooster is gewijzigd")).singleElement().asString()
                .contains("3 wachtbeurten");
        assertThat(textsTo(peer.phone(), "herinnering")).hasSize(1);
        Notice nextWeeksReminder = reminderOf(peer.id(), nextWeek);
        assertThat(nextWeeksReminder.deliveryStatus).isEqualTo(Notice.Delivery.PENDING);
        assertThat(nextWeeksReminder.nextDeliveryAt).isEqualTo(nextWeek.startsAt().minus(1, ChronoUnit.DAYS));

        // an older list arriving late changes nothing; the newer one drops next week's shift
        String older = event(EventTypes.SHIFTS_CHANGED, peer.id(), new ShiftsChanged(peer.id(), List.of(),
                now, now.plus(14, ChronoUnit.DAYS), "OVERRIDE", now.minusSeconds(60)));
        String newer = event(EventTypes.SHIFTS_CHANGED, peer.id(), new ShiftsChanged(peer.id(), List.of(tonight),
                now, now.plus(14, ChronoUnit.DAYS), "SWAP_APPROVED", now.plusSeconds(1)));
        kafka.send(Topics.VOLUNTEER_EVENTS, peer.id().toString(), older);
        kafka.send(Topics.VOLUNTEER_EVENTS, peer.id().toString(), newer);
        awaitProcessed("notification-service.recipients", newer);

        assertThat(reminderOf(peer.id(), nextWeek).deliveryStatus).isEqualTo(Notice.Delivery.CANCELLED);
        await().atMost(WAIT).until(() -> textsTo(peer.phone(), "wachtrooster is gewijzigd").size() == 2);
        assertThat(textsTo(peer.phone(), "herinnering")).hasSize(1);
    }

    @Test
    void aRunOfRotaChangesReachesTheVolunteerAsOneMessageWithTheLastCountAndALaterChangeAsAnother() {
        var peer = fixtures.volunteer();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID schedule = UUID.randomUUID();
        List<Shift> shifts = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int day = 2; day <= 4; day++) {
            shifts.add(new Shift(schedule, "Wacht Kempen", List.of("az-turnhout"), now.plus(day, ChronoUnit.DAYS),
                    now.plus(day, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS)));
            run.add(event(EventTypes.SHIFTS_CHANGED, peer.id(), new ShiftsChanged(peer.id(), List.copyOf(shifts), now,
                    now.plus(14, ChronoUnit.DAYS), "ROTATION_CHANGED", now.plusMillis(day))));
        }

        // %test.koepel.notices.rota-changed-settle is 5 s: the three changes come well within it
        run.forEach(changed -> kafka.send(Topics.VOLUNTEER_EVENTS, peer.id().toString(), changed));

        await().atMost(WAIT).until(() -> textsTo(peer.phone(), "wachtrooster is gewijzigd").size() == 1);
        assertThat(textsTo(peer.phone(), "wachtrooster is gewijzigd")).singleElement().asString()
                .contains("3 wachtbeurten");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> textsTo(peer.phone(), "wachtrooster is gewijzigd").size() == 1);

        kafka.send(Topics.VOLUNTEER_EVENTS, peer.id().toString(), event(EventTypes.SHIFTS_CHANGED, peer.id(),
                new ShiftsChanged(peer.id(), List.of(shifts.get(0)), now, now.plus(14, ChronoUnit.DAYS), "OVERRIDE",
                        Instant.now())));
        await().atMost(WAIT).until(() -> textsTo(peer.phone(), "wachtrooster is gewijzigd").size() == 2);
        assertThat(textsTo(peer.phone(), "wachtrooster is gewijzigd").get(1)).contains("1 wachtbeurt ");
    }

    @Test
    void anEventForAnUnknownVolunteerGoesToTheDeadLetterTopicAndTheCoordinatorIsWarned() {
        var stranger = fixtures.stranger();
        UUID trajectoryId = UUID.randomUUID();
        String event = event(EventTypes.FOLLOW_UP_LAPSED, trajectoryId, new FollowUpLapsed(UUID.randomUUID(),
                trajectoryId, stranger.id(), LocalDate.of(2026, 11, 21), Instant.now()));

        kafka.send(Topics.TRAJECTORY_INTERNAL, trajectoryId.toString(), event);

        var dead = kafka.awaitRecord(Topics.deadLetter(Topics.TRAJECTORY_INTERNAL),
                r -> trajectoryId.toString().equals(r.key()));
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).contains(stranger.id().toString());
        await().atMost(WAIT).until(() -> textsTo(coordinatorPhone, stranger.id()).size() == 1);
        assertThat(textsTo(coordinatorPhone, stranger.id()).get(0)).contains("onbekend", "trajectory.follow-up-lapsed.v1");
        assertThat(sms.receivedBy(stranger.phone())).isEmpty();
    }

    private String event(String type, UUID subject, Object data) {
        String source = switch (type) {
            case EventTypes.PEER_ASSIGNED, EventTypes.ROTA_GAP_DETECTED, EventTypes.SHIFTS_CHANGED -> VOLUNTEERS;
            case EventTypes.FOLLOW_UP_LAPSED -> "koepel/referral-service";
            default -> "koepel/group-service";
        };
        return codec.encode(codec.wrap(source, type, subject.toString(), data));
    }

    private static Notice reminderOf(UUID volunteerId, Shift shift) {
        return QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>find("dedupeKey",
                "shift-reminder:" + volunteerId + ":" + shift.scheduleId() + ":" + shift.startsAt()).singleResult());
    }
}
