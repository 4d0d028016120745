package be.koepel.notification.paging;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.koepel.contracts.Topics;
import be.koepel.notification.ServiceTestBase;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two peer supporters say "I'm going" at the same moment: exactly one is assigned, the other hears it is covered. */
@QuarkusTest
class AcknowledgementRaceTest extends ServiceTestBase {

    @Test
    void ofTwoSimultaneousAcknowledgementsExactlyOneWinsAndOnlyItIsPublished() throws Exception {
        var first = fixtures.volunteer();
        var second = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        fixtures.propose(referralId, first, second);
        // the first page expires (a late "I'm going" still counts) and the second is waiting
        UUID firstPage = awaitPage(referralId, 1);
        UUID secondPage = awaitPage(referralId, 2);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<Integer> a = pool.submit(acknowledge(go, first.id(), firstPage));
            Future<Integer> b = pool.submit(acknowledge(go, second.id(), secondPage));
            go.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll(Topics.NOTIFICATION_EVENTS,
                r -> referralId.toString().equals(r.key()) && r.value().contains("page.acknowledged.v1"),
                Duration.ofSeconds(2)).size() == 1);
        // and no second one follows
        assertThat(kafka.readAll(Topics.NOTIFICATION_EVENTS,
                r -> referralId.toString().equals(r.key()) && r.value().contains("page.acknowledged.v1"),
                Duration.ofSeconds(5))).hasSize(1);
        List<String> statuses = given().auth().oauth2(coordinator()).queryParam("referralId", referralId.toString())
                .when().get("/api/pages").then().statusCode(200).extract().jsonPath().getList("status", String.class);
        assertThat(statuses).containsOnlyOnce("ACKNOWLEDGED");
    }

    private static Callable<Integer> acknowledge(CountDownLatch go, UUID volunteerId, UUID pageId) {
        return () -> {
            go.await();
            return given().auth().oauth2(volunteer(volunteerId)).when().post("/api/pages/" + pageId + "/acknowledge")
                    .then().extract().statusCode();
        };
    }

    private UUID awaitPage(UUID referralId, int step) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> ids = given().auth().oauth2(coordinator())
                    .queryParam("referralId", referralId.toString())
                    .when().get("/api/pages")
                    .then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.step == " + step + " }.id", String.class);
            return ids.isEmpty() ? null : UUID.fromString(ids.get(0));
        }, id -> id != null);
    }
}
