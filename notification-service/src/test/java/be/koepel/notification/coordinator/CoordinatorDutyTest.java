package be.koepel.notification.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.contracts.volunteer.CoordinatorDutyScheduled;
import be.koepel.notification.ServiceTestBase;
import be.koepel.testing.EventSchemas;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The coordinator on duty comes from volunteer-service's rota; configuration is only the fallback. */
@QuarkusTest
class CoordinatorDutyTest extends ServiceTestBase {

    @Test
    void theCoordinatorWhoseDutyCoversNowIsAlertedAndALaterVersionOfTheDutyWinsOverAnOlderOne() {
        UUID dutyId = UUID.randomUUID();
        String dutyPhone = fixtures.stranger().phone();
        Instant now = Instant.now();
        try {
            schedule(dutyId, dutyPhone, now.minusSeconds(3600), now.plusSeconds(3600), now);
            awaitDutyVersion(dutyId, now);

            UUID referralId = UUID.randomUUID();
            fixtures.proposeV2(referralId, "az-duty", null);

            await().atMost(Duration.ofSeconds(30)).until(() -> textsTo(dutyPhone, referralId).size() == 1);
            assertThat(textsTo(dutyPhone, referralId).get(0)).contains("geen ervaringsdrager");
            assertThat(textsTo(coordinatorPhone, referralId)).isEmpty();
        } finally {
            // the duty ends before now, so that the other tests meet the configured coordinator again
            schedule(dutyId, dutyPhone, now.minusSeconds(7200), now.minusSeconds(3600), now.plusSeconds(1));
            awaitDutyVersion(dutyId, now.plusSeconds(1));
        }
        // an older version of the duty, redelivered late, does not bring it back
        String older = schedule(dutyId, dutyPhone, now.minusSeconds(3600), now.plusSeconds(3600), now.minusSeconds(60));
        awaitProcessed("notification-service.recipients", older);
        double fallbacksBefore = metric("koepel_coordinator_fallback_total");
        UUID afterwards = UUID.randomUUID();

        fixtures.proposeV2(afterwards, "az-duty", null);

        await().atMost(Duration.ofSeconds(30)).until(() -> textsTo(coordinatorPhone, afterwards).size() == 1);
        assertThat(textsTo(dutyPhone, afterwards)).isEmpty();
        assertThat(metric("koepel_coordinator_fallback_total")).isGreaterThan(fallbacksBefore);
    }

    private String schedule(UUID dutyId, String phone, Instant startsAt, Instant endsAt, Instant scheduledAt) {
        CoordinatorDutyScheduled duty = new CoordinatorDutyScheduled(dutyId, "coordinator-an", "An Coördinator",
                List.of(new ContactChannel(ContactChannel.SMS, phone, 0)), startsAt, endsAt, scheduledAt);
        String event = codec.encode(codec.wrap("koepel/volunteer-service", EventTypes.COORDINATOR_DUTY_SCHEDULED,
                dutyId.toString(), duty));
        EventSchemas.assertConforms(event);
        kafka.send(Topics.VOLUNTEER_EVENTS, dutyId.toString(), event);
        return event;
    }

    private static void awaitDutyVersion(UUID dutyId, Instant scheduledAt) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            CoordinatorDuty duty = CoordinatorDuty.findById(dutyId);
            return duty != null && !duty.scheduledAt.isBefore(scheduledAt.minusMillis(1));
        }));
    }
}
