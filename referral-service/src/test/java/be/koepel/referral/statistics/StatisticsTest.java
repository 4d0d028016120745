package be.koepel.referral.statistics;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.partner;
import static be.koepel.testing.Tokens.referrer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatisticsTest {

    @Test
    void coordinatorsGetCountsPerSourceWithEveryCellUnderFiveSuppressedAsJsonAndCsv() {
        for (int i = 0; i < 5; i++) {
            post(referrer("caw-de-kempen", "CAW"), "CAW");
        }
        post(coordinator(), "FAMILY");

        given().auth().oauth2(coordinator()).accept(ContentType.JSON)
                .when().get("/api/statistics")
                .then().statusCode(200)
                .body("minCellSize", equalTo(5))
                .body("bySource.find { it.key == 'CAW' }.count", greaterThanOrEqualTo(5))
                .body("bySource.find { it.key == 'CAW' }.suppressed", equalTo(false))
                .body("bySource.find { it.key == 'FAMILY' }.count", nullValue())
                .body("bySource.find { it.key == 'FAMILY' }.suppressed", equalTo(true));

        String csv = given().auth().oauth2(coordinator()).accept("text/csv")
                .when().get("/api/statistics")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        assertThat(csv).startsWith("dimension,key,value\n").contains("source,FAMILY,<5\n")
                .containsPattern("source,CAW,\\d+\\n").contains("figure,contact_group_share,");
    }

    @Test
    void onlyCoordinatorsSeeStatistics() {
        given().auth().oauth2(hospital("az-turnhout")).when().get("/api/statistics").then().statusCode(403);
        given().auth().oauth2(partner("caw-de-kempen")).when().get("/api/statistics").then().statusCode(403);
        given().when().get("/api/statistics").then().statusCode(401);
    }

    private static void post(String token, String channel) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"channel": "%s", "person": {"firstName": "Stat", "phone": "+32 470 %d", "language": "nl"},
                         "consent": {"contactByPeer": true}}""".formatted(channel,
                        ThreadLocalRandom.current().nextInt(100_000, 1_000_000)))
                .when().post("/api/referrals").then().statusCode(201);
    }
}
