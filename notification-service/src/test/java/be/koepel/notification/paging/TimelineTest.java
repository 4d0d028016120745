package be.koepel.notification.paging;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import be.koepel.notification.ServiceTestBase;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What coordinators and volunteers can follow: the pages' timeline, their own pages, and the metrics. */
@QuarkusTest
class TimelineTest extends ServiceTestBase {

    @Test
    void aCoordinatorSeesWhenEachPageWentOutWhetherItWasDeliveredAndTheAnswer() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, peer);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(peer.phone()).size() == 1);
        String pageId = await().atMost(Duration.ofSeconds(30)).until(() -> timeline(referralId)
                .extract().jsonPath().getString("find { it.delivery == 'SENT' }.id"), id -> id != null);

        given().auth().oauth2(volunteer(peer.id())).when().post("/api/pages/" + pageId + "/acknowledge")
                .then().statusCode(200);

        timeline(referralId)
                .body("[0].volunteerId", equalTo(peer.id().toString()))
                .body("[0].step", equalTo(1))
                .body("[0].pagedAt", notNullValue())
                .body("[0].sentAt", notNullValue())
                .body("[0].delivery", equalTo("SENT"))
                .body("[0].status", equalTo("ACKNOWLEDGED"))
                .body("[0].answeredAt", notNullValue());
    }

    @Test
    void aCoordinatorListsTheReferralsStillBeingPagedNewestFirstEachWithItsTimeline() {
        // steps long enough that paging still runs while the list is read
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("stepDelays", List.of("PT60S"), "repeat", 0))
                .when().put("/api/escalation-policies/az-open-list").then().statusCode(200);
        var peer = fixtures.volunteer();
        var other = fixtures.volunteer();
        var covered = fixtures.volunteer();
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        UUID acknowledged = UUID.randomUUID();
        fixtures.propose(older, "az-open-list", peer);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(peer.phone()).size() == 1);
        fixtures.propose(newer, "az-open-list", other);
        fixtures.propose(acknowledged, "az-open-list", covered);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(other.phone()).size() == 1
                && sms.receivedBy(covered.phone()).size() == 1);
        String coveredPage = timeline(acknowledged).extract().jsonPath().getString("[0].id");
        given().auth().oauth2(volunteer(covered.id())).when().post("/api/pages/" + coveredPage + "/acknowledge")
                .then().statusCode(200);

        var open = given().auth().oauth2(coordinator()).queryParam("size", 200).when().get("/api/pages")
                .then().statusCode(200).extract().jsonPath();

        List<String> referrals = open.getList("items.referralId", String.class);
        assertThat(referrals).contains(older.toString(), newer.toString()).doesNotContain(acknowledged.toString());
        assertThat(referrals.indexOf(newer.toString())).isLessThan(referrals.indexOf(older.toString()));
        assertThat(open.getString("items.find { it.referralId == '" + older + "' }.status")).isEqualTo("PAGING");
        assertThat(open.getList("items.find { it.referralId == '" + older + "' }.timeline.volunteerId", String.class))
                .containsExactly(peer.id().toString());
        assertThat(open.getInt("total")).isGreaterThanOrEqualTo(2);
        given().auth().oauth2(volunteer(peer.id())).when().get("/api/pages").then().statusCode(403);
        given().auth().oauth2(coordinator()).queryParam("size", 0).when().get("/api/pages")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aVolunteerSeesTheirOwnPagesNewestFirstAndNobodyElses() {
        var peer = fixtures.volunteer();
        var other = fixtures.volunteer();
        UUID earlier = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        fixtures.propose(earlier, peer);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(peer.phone()).size() == 1);
        fixtures.propose(later, peer);
        fixtures.propose(UUID.randomUUID(), other);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(peer.phone()).size() == 2);

        given().auth().oauth2(volunteer(peer.id())).queryParam("size", 10).when().get("/api/pages/mine")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.referralId", equalTo(List.of(later.toString(), earlier.toString())));
        given().auth().oauth2(volunteer(peer.id())).queryParam("size", 0).when().get("/api/pages/mine")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(coordinator()).when().get("/api/pages/mine").then().statusCode(403);
    }

    @Test
    void prometheusCountsPagesSentStepsAndTimeToAcknowledge() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, peer);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(peer.phone()).size() == 1);
        String pageId = await().atMost(Duration.ofSeconds(30)).until(() -> timeline(referralId)
                .extract().jsonPath().getString("[0].id"), id -> id != null);
        given().auth().oauth2(volunteer(peer.id())).when().post("/api/pages/" + pageId + "/acknowledge")
                .then().statusCode(200);

        assertThat(metric("koepel_pages_sent_total")).isGreaterThanOrEqualTo(1.0);
        assertThat(metric("koepel_escalation_steps_total")).isGreaterThanOrEqualTo(1.0);
        assertThat(metric("koepel_pages_time_to_acknowledge_seconds_count")).isGreaterThanOrEqualTo(1.0);
    }

    private static io.restassured.response.ValidatableResponse timeline(UUID referralId) {
        return given().auth().oauth2(coordinator()).queryParam("referralId", referralId.toString())
                .when().get("/api/pages").then().statusCode(200);
    }
}
