package be.koepel.referral.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scan is given the day it runs on, as the background loop gives it today's date from the
 * service's clock: the days ahead are reached without waiting for them.
 */
@QuarkusTest
class FollowUpRemindersTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

    @Inject
    FollowUpReminders reminders;

    KafkaTestClient kafka;
    TrajectoryFixtures fixtures;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
        fixtures = new TrajectoryFixtures(kafka, codec);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aLapsedFollowUpIsAnnouncedExactlyOnceHoweverManyScansRaceForIt() {
        TrajectoryFixtures.Opened opened = fixtures.openWithPeer(false);
        LocalDate agreed = TODAY.plusDays(2);
        followUp(opened, agreed);

        reminders.remindOnce(agreed);
        assertThat(lapsedEvents(opened, Duration.ofSeconds(2))).as("not lapsed on the agreed day itself").isEmpty();

        LocalDate dayAfter = agreed.plusDays(1);
        List<CompletableFuture<Integer>> scans = List.of(
                CompletableFuture.supplyAsync(() -> reminders.remindOnce(dayAfter)),
                CompletableFuture.supplyAsync(() -> reminders.remindOnce(dayAfter)),
                CompletableFuture.supplyAsync(() -> reminders.remindOnce(dayAfter)));
        scans.forEach(CompletableFuture::join);
        reminders.remindOnce(dayAfter.plusDays(5));

        ConsumerRecord<String, String> reminder = kafka.awaitRecord(Topics.TRAJECTORY_INTERNAL,
                r -> opened.publicId().equals(r.key()) && r.value().contains(EventTypes.FOLLOW_UP_LAPSED));
        EventSchemas.assertConforms(reminder.value());
        assertThat(reminder.value()).contains("\"nextContactOn\":\"" + agreed + "\"",
                "\"volunteerId\":\"" + opened.peer() + "\"", "\"referralId\":\"" + opened.referralId() + "\"",
                "\"trajectoryId\":\"" + opened.publicId() + "\"");
        assertThat(lapsedEvents(opened, Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void aFollowUpRecordedInTimeOrAClosureMeansNoReminder() {
        TrajectoryFixtures.Opened followedUp = fixtures.openWithPeer(false);
        followUp(followedUp, TODAY.plusDays(1));
        followUp(followedUp, TODAY.plusDays(9));
        TrajectoryFixtures.Opened closed = fixtures.openWithPeer(false);
        followUp(closed, TODAY.plusDays(1));
        closed.step("""
                {"type": "CLOSED", "closeReason": "GOT_HELP"}""").then().statusCode(201);

        reminders.remindOnce(TODAY.plusDays(5));

        assertThat(lapsedEvents(followedUp, Duration.ofSeconds(2))).isEmpty();
        assertThat(lapsedEvents(closed, Duration.ZERO)).isEmpty();

        // the later agreement lapses in its turn, once
        reminders.remindOnce(TODAY.plusDays(10));
        ConsumerRecord<String, String> reminder = kafka.awaitRecord(Topics.TRAJECTORY_INTERNAL,
                r -> followedUp.publicId().equals(r.key()) && r.value().contains(EventTypes.FOLLOW_UP_LAPSED));
        assertThat(reminder.value()).contains("\"nextContactOn\":\"" + TODAY.plusDays(9) + "\"");
        assertThat(lapsedEvents(closed, Duration.ofSeconds(1))).isEmpty();
    }

    private static void followUp(TrajectoryFixtures.Opened opened, LocalDate next) {
        opened.step("""
                {"type": "FOLLOW_UP_CONTACT", "nextContactOn": "%s"}""".formatted(next)).then().statusCode(201);
    }

    private List<ConsumerRecord<String, String>> lapsedEvents(TrajectoryFixtures.Opened opened, Duration settle) {
        return kafka.readAll(Topics.TRAJECTORY_INTERNAL,
                r -> opened.publicId().equals(r.key()) && r.value().contains(EventTypes.FOLLOW_UP_LAPSED), settle);
    }
}
