package be.koepel.notification.recipient;

import static org.awaitility.Awaitility.await;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.contracts.volunteer.VolunteerRegistered;
import be.koepel.contracts.volunteer.VolunteerUpdated;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecipientProjectionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

    @Inject
    ContactMethods methods;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aChangedPhoneNumberIsWhereTheNextPageGoes() {
        UUID volunteer = UUID.randomUUID();
        send(volunteer, EventTypes.VOLUNTEER_REGISTERED, new VolunteerRegistered(volunteer, "An",
                List.of(sms("+32470000001")), Instant.now()));
        awaitSmsNumber(volunteer, "+32470000001");

        send(volunteer, EventTypes.VOLUNTEER_UPDATED, updated(volunteer, 3, "+32470000003"));

        awaitSmsNumber(volunteer, "+32470000003");
    }

    @Test
    void anOlderProfileVersionOrALateRegistrationChangesNothing() {
        UUID volunteer = UUID.randomUUID();
        send(volunteer, EventTypes.VOLUNTEER_UPDATED, updated(volunteer, 5, "+32470000005"));
        awaitSmsNumber(volunteer, "+32470000005");

        send(volunteer, EventTypes.VOLUNTEER_UPDATED, updated(volunteer, 4, "+32470000004"));
        send(volunteer, EventTypes.VOLUNTEER_REGISTERED, new VolunteerRegistered(volunteer, "Bart",
                List.of(sms("+32470000000")), Instant.now()));
        // a later event on the same key marks when the two before it have been processed
        send(volunteer, EventTypes.VOLUNTEER_UPDATED, updated(volunteer, 6, "+32470000005"));

        await().atMost(Duration.ofSeconds(30)).until(() -> profileVersion(volunteer) == 6);
        awaitSmsNumber(volunteer, "+32470000005");
    }

    @Test
    void anUpdateReplacesTheContactMethodsWithTheNewOnesInTheVolunteersOrderWithTheirDelays() {
        UUID volunteer = UUID.randomUUID();
        send(volunteer, EventTypes.VOLUNTEER_UPDATED, updated(volunteer, 1, "+32470000011"));
        awaitSmsNumber(volunteer, "+32470000011");

        send(volunteer, EventTypes.VOLUNTEER_UPDATED, new VolunteerUpdated(volunteer, 2, "Bart", "ACTIVE", null,
                List.of("nl"), List.of("az-turnhout"), List.of(
                        new ContactChannel(ContactChannel.WEBHOOK, "https://peer.example/hook", 2, 120),
                        new ContactChannel(ContactChannel.SMS, "+32470000012", 0, 0),
                        new ContactChannel(ContactChannel.EMAIL, "bart@peer.example", 1, 60)),
                null, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> profileVersion(volunteer) == 2);
        org.assertj.core.api.Assertions.assertThat(QuarkusTransaction.requiringNew().call(() -> methods.of(volunteer)))
                .containsExactly(new ContactMethod(0, "SMS", "+32470000012", 0),
                        new ContactMethod(1, "EMAIL", "bart@peer.example", 60),
                        new ContactMethod(2, "WEBHOOK", "https://peer.example/hook", 120));
    }

    private static ContactChannel sms(String number) {
        return new ContactChannel(ContactChannel.SMS, number, 0);
    }

    private static VolunteerUpdated updated(UUID volunteer, long version, String number) {
        return new VolunteerUpdated(volunteer, version, "Bart", "ACTIVE", null, List.of("nl"), List.of("az-turnhout"),
                List.of(sms(number)), null, Instant.now());
    }

    private void send(UUID volunteer, String type, Object data) {
        kafka.send(Topics.VOLUNTEER_EVENTS, volunteer.toString(),
                codec.encode(codec.wrap("koepel/volunteer-service", type, volunteer.toString(), data)));
    }

    private static void awaitSmsNumber(UUID volunteer, String number) {
        await().atMost(Duration.ofSeconds(30)).until(() -> number.equals(QuarkusTransaction.requiringNew().call(() -> {
            Recipient recipient = Recipient.findById(volunteer);
            return recipient == null ? null : recipient.smsNumber;
        })));
    }

    private static long profileVersion(UUID volunteer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Recipient recipient = Recipient.findById(volunteer);
            return recipient == null ? -2L : recipient.profileVersion;
        });
    }
}
