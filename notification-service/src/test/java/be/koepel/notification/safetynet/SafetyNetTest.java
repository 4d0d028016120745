package be.koepel.notification.safetynet;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import be.koepel.notification.ServiceTestBase;
import be.koepel.testing.SmsGatewayStub;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An ER referral is never silently dropped: the coordinator on duty hears of what paging could not cover. */
@QuarkusTest
class SafetyNetTest extends ServiceTestBase {

    /** %test.koepel.paging.no-candidates-within is 10 s and acknowledge-within 8 s; this is well past both. */
    static final Duration PAST_DUE = Duration.ofSeconds(30);

    @Test
    void anUrgentReferralWithoutCandidatesInTimeGoesToTheCoordinatorOnDuty() {
        UUID referralId = UUID.randomUUID();

        fixtures.referralReceived(referralId, "az-nobody", "Box 7");

        await().atMost(PAST_DUE).until(() -> alertsAbout(referralId).size() == 1);
        assertThat(alertsAbout(referralId).get(0))
                .contains("geen ervaringsdrager", "AZ Safety az-nobody", "Spoedgevallen", "kamer Box 7", "Taal: fr");
        // the gateway has the text a moment before the alert is marked sent
        await().atMost(PAST_DUE).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew().call(() -> CoordinatorAlert
                .<CoordinatorAlert>find("referralId", referralId).singleResult().deliveryStatus))
                .isEqualTo(CoordinatorAlert.Delivery.SENT));
    }

    @Test
    void candidatesArrivingInTimeKeepTheCoordinatorAsleep() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();

        fixtures.referralReceived(referralId, "az-covered", "Box 8");
        fixtures.propose(referralId, peer);

        await().atMost(PAST_DUE).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            ErWatch watch = ErWatch.findById(referralId);
            return watch != null && ErWatch.CANDIDATES_ARRIVED.equals(watch.outcome);
        }));
        // (the single candidate's escalation may still run out later: that is another alert, with another reason)
        assertThat(alertsAbout(referralId)).noneMatch(text -> text.contains("geen ervaringsdrager"));
    }

    @Test
    void anEscalationThatRunsOutOfStepsInformsTheCoordinatorOnce() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, peer);

        await().atMost(PAST_DUE).until(() -> alertsAbout(referralId).size() == 1);
        assertThat(alertsAbout(referralId).get(0)).contains("niemand bevestigde", "AZ Turnhout", "kamer Box 4");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .until(() -> alertsAbout(referralId).size() == 1);
    }

    @Test
    void aProposalWithoutCandidatesGoesToTheCoordinatorAtOnce() {
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId);

        await().atMost(PAST_DUE).until(() -> alertsAbout(referralId).size() == 1);
        assertThat(alertsAbout(referralId).get(0)).contains("geen ervaringsdrager");
    }

    @Test
    void aPageThatCannotBeDeliveredIsFlaggedByTheHealthCheckAndTheMetricUntilItsDeadlinePasses() {
        // a step long enough to see the page stuck after its delivery attempts ran out
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("stepDelays", List.of("PT12S"), "repeat", 0))
                .when().put("/api/escalation-policies/az-unreachable").then().statusCode(200);
        var unreachable = fixtures.unreachableVolunteer();
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, "az-unreachable", unreachable);

        await().atMost(PAST_DUE).untilAsserted(() -> given().when().get("/q/health/well")
                .then().statusCode(503)
                .body("checks.find { it.name == 'paging' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'paging' }.data.stuckPages", greaterThanOrEqualTo(1)));
        assertThat(metric("koepel_pages_stuck")).isGreaterThanOrEqualTo(1.0);
        // once its deadline passes the page is no longer waiting, and the coordinator has been told instead
        await().atMost(PAST_DUE).untilAsserted(() -> given().when().get("/q/health/well")
                .then().statusCode(200));
        assertThat(alertsAbout(referralId)).hasSize(1);
    }

    private List<String> alertsAbout(UUID referralId) {
        return sms.receivedBy(coordinatorPhone).stream().map(SmsGatewayStub.Sms::text)
                .filter(text -> text.contains(referralId.toString())).toList();
    }
}
