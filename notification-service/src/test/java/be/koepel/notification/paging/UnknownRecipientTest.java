package be.koepel.notification.paging;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.koepel.notification.ServiceTestBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * After a crash, a page can be due to a volunteer whose registration is still on its way to this
 * service. The page keeps trying while its step lasts, instead of failing for good.
 */
@QuarkusTest
class UnknownRecipientTest extends ServiceTestBase {

    @Test
    void aPageToAVolunteerNotKnownYetIsDeliveredOnceTheirRegistrationArrivesWithinTheStep() {
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("stepDelays", List.of("PT60S"), "repeat", 0))
                .when().put("/api/escalation-policies/az-late").then().statusCode(200);
        var late = fixtures.stranger();
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, "az-late", late);

        // more failed attempts than a channel failure would be allowed (koepel.paging.delivery-attempts is 5)
        await().atMost(Duration.ofSeconds(30)).until(() -> page(referralId) != null && page(referralId).deliveryAttempts > 6);
        Page waiting = page(referralId);
        assertThat(waiting.deliveryStatus).isIn(Page.Delivery.PENDING, Page.Delivery.SENDING);
        assertThat(waiting.lastDeliveryError).contains("not known");
        assertThat(metric("koepel_pages_recipient_unknown_total")).isGreaterThan(0.0);

        fixtures.register(late);

        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(late.phone()).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> page(referralId).deliveryStatus == Page.Delivery.SENT);
        assertThat(page(referralId).status).isEqualTo(Page.Status.AWAITING);
    }

    private static Page page(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Escalation escalation = Escalation.forReferral(referralId).orElse(null);
            return escalation == null ? null : Page.<Page>find("escalationId", escalation.id).firstResult();
        });
    }
}
