package be.koepel.referral.statistics;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.partner;
import static be.koepel.testing.Tokens.referrer;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.referral.time.MovableClock;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.UniqueDigits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatisticsTest {

    /** A fortnight in June 2025 (summer time, UTC+2) in which only the referrals of one test are received. */
    static final String FROM = "2025-06-09T00:00:00Z";
    static final String TO = "2025-06-23T00:00:00Z";
    /** Saturday 23:30 UTC is Sunday 01:30 in Brussels: weekday 6 and hour 23 in UTC, 7 and 1 locally. */
    static final Instant SATURDAY_NIGHT_UTC = Instant.parse("2025-06-14T23:30:00Z");
    /** Monday 11:00 in Brussels. */
    static final Instant MONDAY_MORNING_UTC = Instant.parse("2025-06-16T09:00:00Z");
    /** Wednesday 16:00 in Brussels. */
    static final Instant WEDNESDAY_AFTERNOON_UTC = Instant.parse("2025-06-18T14:00:00Z");
    static final double ONE_SECOND_IN_MINUTES = 1.0 / 60;

    @Inject
    MovableClock clock;

    @Inject
    CloudEventCodec codec;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void realTime() {
        clock.reset();
    }

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
                .body("bySource.find { it.key == 'FAMILY' }.count", nullValue())
                .body("bySource.find { it.key == 'FAMILY' }.suppressed", equalTo(true));

        String csv = given().auth().oauth2(coordinator()).accept("text/csv")
                .when().get("/api/statistics")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        assertThat(csv).startsWith("dimension,key,value\n").contains("source,FAMILY,suppressed\n")
                .containsPattern("source,CAW,(\\d+|suppressed)\\n").contains("figure,contact_group_share,");
        // whatever else the database holds: never a dimension with a single withheld cell
        JsonPath figures = given().auth().oauth2(coordinator()).accept(ContentType.JSON).when().get("/api/statistics")
                .then().statusCode(200).extract().jsonPath();
        for (String dimension : List.of("bySource", "byHospital", "bySubstance", "byWeekday", "byHour")) {
            assertThat(cells(figures, dimension).values().stream().filter("suppressed"::equals).count())
                    .as(dimension).isNotEqualTo(1);
        }
    }

    @Test
    void onlyCoordinatorsSeeStatistics() {
        given().auth().oauth2(hospital("az-turnhout")).when().get("/api/statistics").then().statusCode(403);
        given().auth().oauth2(partner("caw-de-kempen")).when().get("/api/statistics").then().statusCode(403);
        given().when().get("/api/statistics").then().statusCode(401);
    }

    @Test
    void anUnreadableOrEmptyPeriodIsRefusedNamingTheParameterAsJsonAndAsCsv() {
        given().auth().oauth2(coordinator()).queryParam("from", "yesterday").when().get("/api/statistics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.contains("from"));
        given().auth().oauth2(coordinator()).queryParam("from", FROM).queryParam("to", "2025-06-23")
                .accept("text/csv").when().get("/api/statistics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.contains("to"));
        given().auth().oauth2(coordinator()).queryParam("from", TO).queryParam("to", FROM).when().get("/api/statistics")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.contains("from"));
        given().auth().oauth2(coordinator()).queryParam("from", "2025-06-09T02:00:00+02:00").queryParam("to", TO)
                .accept(ContentType.JSON).when().get("/api/statistics")
                .then().statusCode(200).body("from", equalTo(FROM));
    }

    @Test
    void figuresCountHospitalsSubstancesAndBrusselsWeekdaysAndHoursAndTakeTheMediansOfRealAssignmentsAndFirstVisits() {
        // Received on Sunday 01:30 in Brussels: five at AZ Turnhout, alcohol.
        clock.moveTo(SATURDAY_NIGHT_UTC);
        for (int i = 0; i < 5; i++) {
            postEr("az-turnhout", "ALCOHOL");
        }
        // Monday 11:00: two at AZ Herentals (cannabis) and one GP referral without a substance, all under five.
        clock.moveTo(MONDAY_MORNING_UTC);
        postEr("az-herentals", "CANNABIS");
        postEr("az-herentals", "CANNABIS");
        post(referrer("huisartsen-kasterlee", "GP"), "GP");
        // Wednesday 16:00: six at AZ Sint-Dimpna Geel, cocaine; these get their peer and their bedside visit.
        clock.moveTo(WEDNESDAY_AFTERNOON_UTC);
        List<UUID> geel = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            geel.add(postEr("az-sint-dimpna-geel", "COCAINE"));
        }

        // The peers acknowledge their pages 2, 4, 6, 10, 20 and 40 minutes after the referral: median (6 + 10) / 2.
        clock.moveTo(WEDNESDAY_AFTERNOON_UTC.plus(Duration.ofDays(1)));
        int[] assignedAfter = {2, 4, 6, 10, 20, 40};
        List<UUID> peers = new ArrayList<>();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            for (int i = 0; i < geel.size(); i++) {
                UUID peer = UUID.randomUUID();
                peers.add(peer);
                Instant acknowledgedAt = receivedAt(geel.get(i)).plus(Duration.ofMinutes(assignedAfter[i]));
                kafka.send(Topics.NOTIFICATION_EVENTS, geel.get(i).toString(), codec.encode(codec.wrap(
                        "koepel/notification-service", EventTypes.PAGE_ACKNOWLEDGED, geel.get(i).toString(),
                        new PageAcknowledged(UUID.randomUUID(), geel.get(i), peer, acknowledgedAt))));
            }
        }
        for (UUID referral : geel) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator())
                    .when().get("/api/referrals/" + referral).then().statusCode(200)
                    .body("status", equalTo("PEER_ASSIGNED")));
        }
        // First visits 30, 45, 50, 70 and 90 minutes after the referral: median 50. A second visit does not
        // count (with it the median would be 60), nor does a visit the person declined.
        int[] visitedAfter = {30, 45, 50, 70, 90};
        for (int i = 0; i < visitedAfter.length; i++) {
            visit(geel.get(i), peers.get(i), "DONE", visitedAfter[i]);
        }
        visit(geel.get(0), peers.get(0), "DONE", 200);
        visit(geel.get(5), peers.get(5), "DECLINED", 5);

        JsonPath figures = given().auth().oauth2(coordinator()).accept(ContentType.JSON)
                .queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/statistics")
                .then().statusCode(200).extract().jsonPath();

        // A dimension with one cell under five withholds a second, the smallest, or the total (13, the sum of every
        // other dimension) would give the first away: ER 13 - GP; 13 - 5 - 6 for AZ Herentals.
        assertThat(cells(figures, "bySource")).isEqualTo(Map.of("ER", "suppressed", "GP", "suppressed"));
        assertThat(cells(figures, "byHospital")).as("ER and ward referrals only, per hospital")
                .isEqualTo(Map.of("az-turnhout", "suppressed", "az-sint-dimpna-geel", "6", "az-herentals", "suppressed"));
        assertThat(cells(figures, "bySubstance")).as("two under five already: neither can be worked out")
                .isEqualTo(Map.of("ALCOHOL", "5", "COCAINE", "6", "CANNABIS", "suppressed", "UNKNOWN", "suppressed"));
        assertThat(cells(figures, "byWeekday")).as("ISO weekdays in Brussels time; UTC would give 6 for Sunday")
                .isEqualTo(Map.of("7", "suppressed", "1", "suppressed", "3", "6"));
        assertThat(cells(figures, "byHour")).as("hours in Brussels time; UTC would give 23, 9 and 14")
                .isEqualTo(Map.of("1", "suppressed", "11", "suppressed", "16", "6"));
        assertThat(figures.getDouble("medianMinutesErToPeerAssigned")).isCloseTo(8.0, within(ONE_SECOND_IN_MINUTES));
        assertThat(figures.getDouble("medianMinutesErToBedsideVisit")).isCloseTo(50.0, within(ONE_SECOND_IN_MINUTES));

        String csv = given().auth().oauth2(coordinator()).accept("text/csv")
                .queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/statistics")
                .then().statusCode(200).extract().asString();
        assertThat(Arrays.asList(csv.split("\n"))).as("the CSV carries the same figures, and no others")
                .containsExactlyInAnyOrderElementsOf(csvLines(figures));
    }

    @Test
    void aCellAtExactlyFiveIsShownAndOneUnderItIsSuppressedAlsoInTheMedians() {
        // Five ER referrals with a peer: the median over five is shown; the bedside visits of four are not.
        Instant tuesday = Instant.parse("2024-03-05T19:00:00Z");
        clock.moveTo(tuesday);
        List<UUID> referrals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            referrals.add(postEr("az-heilig-hart-mol", "OPIATES"));
        }
        clock.moveTo(tuesday.plus(Duration.ofDays(1)));
        List<UUID> peers = new ArrayList<>();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            for (UUID referral : referrals) {
                UUID peer = UUID.randomUUID();
                peers.add(peer);
                kafka.send(Topics.NOTIFICATION_EVENTS, referral.toString(), codec.encode(codec.wrap(
                        "koepel/notification-service", EventTypes.PAGE_ACKNOWLEDGED, referral.toString(),
                        new PageAcknowledged(UUID.randomUUID(), referral, peer,
                                receivedAt(referral).plus(Duration.ofMinutes(15))))));
            }
        }
        for (UUID referral : referrals) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator())
                    .when().get("/api/referrals/" + referral).then().statusCode(200)
                    .body("status", equalTo("PEER_ASSIGNED")));
        }
        for (int i = 0; i < 4; i++) {
            visit(referrals.get(i), peers.get(i), "DONE", 30);
        }

        JsonPath figures = given().auth().oauth2(coordinator()).accept(ContentType.JSON)
                .queryParam("from", "2024-03-01T00:00:00Z").queryParam("to", "2024-03-10T00:00:00Z")
                .when().get("/api/statistics")
                .then().statusCode(200).extract().jsonPath();

        assertThat(cells(figures, "byHospital")).isEqualTo(Map.of("az-heilig-hart-mol", "5"));
        assertThat(figures.getDouble("medianMinutesErToPeerAssigned")).isCloseTo(15.0, within(ONE_SECOND_IN_MINUTES));
        assertThat(figures.getString("medianMinutesErToBedsideVisit")).as("four visits are too few to show").isNull();
    }

    /** A dimension's cells as key → count, or "suppressed" where withheld (as the CSV writes it). */
    private static Map<String, String> cells(JsonPath figures, String dimension) {
        List<Map<String, Object>> cells = figures.getList(dimension);
        Map<String, String> byKey = new java.util.HashMap<>();
        for (Map<String, Object> cell : cells) {
            boolean suppressed = (Boolean) cell.get("suppressed");
            assertThat(cell.get("count") == null).as("count is null exactly when suppressed").isEqualTo(suppressed);
            byKey.put(String.valueOf(cell.get("key")), suppressed ? "suppressed" : String.valueOf(cell.get("count")));
        }
        return byKey;
    }

    private static List<String> csvLines(JsonPath figures) {
        List<String> lines = new ArrayList<>(List.of("dimension,key,value"));
        Map.of("source", "bySource", "hospital", "byHospital", "substance", "bySubstance",
                "weekday", "byWeekday", "hour", "byHour")
                .forEach((dimension, field) -> cells(figures, field)
                        .forEach((key, value) -> lines.add(dimension + "," + key + "," + value)));
        Map.of("median_minutes_er_to_peer_assigned", "medianMinutesErToPeerAssigned",
                "median_minutes_er_to_bedside_visit", "medianMinutesErToBedsideVisit",
                "contact_group_share", "contactGroupShare")
                .forEach((name, field) -> {
                    Double value = figures.get(field) == null ? null : figures.getDouble(field);
                    lines.add("figure," + name + "," + (value == null ? "<5" : String.format(Locale.ROOT, "%.2f", value)));
                });
        return lines;
    }

    private static Instant receivedAt(UUID referral) {
        return Instant.parse(given().auth().oauth2(coordinator()).when().get("/api/referrals/" + referral)
                .then().statusCode(200).extract().<String>path("receivedAt"));
    }

    private static void visit(UUID referral, UUID peer, String outcome, int minutesAfterReferral) {
        String trajectory = given().auth().oauth2(coordinator()).when().get("/api/referrals/" + referral)
                .then().statusCode(200).extract().path("trajectoryId");
        given().auth().oauth2(volunteer(peer)).contentType(ContentType.JSON)
                .body("{\"type\": \"BEDSIDE_VISIT\", \"visitOutcome\": \"%s\", \"occurredAt\": \"%s\"}".formatted(
                        outcome, receivedAt(referral).plus(Duration.ofMinutes(minutesAfterReferral))))
                .when().post("/api/trajectories/" + trajectory + "/steps").then().statusCode(201);
    }

    /** An ER referral of a person of its own (no duplicate-person link), as the hospital's system posts it. */
    private static UUID postEr(String hospitalId, String substance) {
        int unique = UniqueDigits.next();
        String location = given().auth().oauth2(hospital(hospitalId)).contentType(ContentType.JSON)
                .body("""
                        {"channel": "ER", "er": {"department": "Spoed", "room": "Box 1"},
                         "person": {"firstName": "Stat-%d", "phone": "+32 470 %d", "language": "nl"},
                         "situation": {"mainSubstance": "%s", "erIntoxication": true},
                         "consent": {"contactByPeer": true}}""".formatted(unique, unique, substance))
                .when().post("/api/referrals").then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static void post(String token, String channel) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"channel": "%s", "person": {"firstName": "Stat", "phone": "+32 470 %d", "language": "nl"},
                         "consent": {"contactByPeer": true}}""".formatted(channel,
                        UniqueDigits.next()))
                .when().post("/api/referrals").then().statusCode(201);
    }
}
