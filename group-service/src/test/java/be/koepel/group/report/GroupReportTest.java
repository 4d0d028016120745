package be.koepel.group.report;

import static be.koepel.group.contactgroup.GroupFixtures.groupLedBy;
import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupReportTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void coordinatorsSeeSessionsHeldAndCancelledAttendanceAndNewcomersUnderFiveSuppressed() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Ravels");
        OffsetDateTime start = OffsetDateTime.now(BRUSSELS).minusHours(3).truncatedTo(ChronoUnit.HOURS);
        String held = session(group, leader, start);
        String cancelled = session(group, leader, start.plusMinutes(30));
        given().auth().oauth2(groupLeader(leader)).contentType(ContentType.JSON).body("""
                        {"reason": "Storm"}""")
                .when().post("/api/groups/" + group + "/sessions/" + cancelled + "/cancellation")
                .then().statusCode(200);
        record(group, leader, held, 2, 3);

        String month = YearMonth.from(start).toString();
        String row = row(group, month);
        monthReport(month)
                .body("smallCellThreshold", equalTo(5))
                .body(row + ".sessionsHeld", equalTo(1))
                .body(row + ".sessionsCancelled", equalTo(1))
                .body(row + ".attendance.value", equalTo(5))
                .body(row + ".attendance.suppressed", equalTo(false))
                .body(row + ".newcomers.value", nullValue())
                .body(row + ".newcomers.suppressed", equalTo(true));
    }

    @Test
    void fiveNewcomersInAMonthAreShown() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Baarle-Hertog");
        OffsetDateTime start = OffsetDateTime.now(BRUSSELS).minusHours(2).truncatedTo(ChronoUnit.HOURS);
        record(group, leader, session(group, leader, start), 5, 0);

        String month = YearMonth.from(start).toString();
        String row = row(group, month);
        monthReport(month)
                .body(row + ".newcomers.value", equalTo(5))
                .body(row + ".newcomers.suppressed", equalTo(false));
    }

    @Test
    void anAttendanceOfFourInAMonthIsSuppressedButTheSessionsAreCounted() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Hoogstraten");
        OffsetDateTime start = OffsetDateTime.now(BRUSSELS).minusHours(2).truncatedTo(ChronoUnit.HOURS);
        record(group, leader, session(group, leader, start), 0, 4);

        String month = YearMonth.from(start).toString();
        String row = row(group, month);
        monthReport(month)
                .body(row + ".sessionsHeld", equalTo(1))
                .body(row + ".attendance.value", nullValue())
                .body(row + ".attendance.suppressed", equalTo(true));
    }

    @Test
    void reportsAreForCoordinatorsOnlyAndABadPeriodIsRefusedNamingEachField() {
        given().auth().oauth2(groupLeader(UUID.randomUUID()))
                .queryParam("from", "2026-01").queryParam("to", "2026-03")
                .when().get("/api/reports/groups")
                .then().statusCode(403);

        given().auth().oauth2(coordinator())
                .queryParam("from", "januari").queryParam("to", "2026-13")
                .when().get("/api/reports/groups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("from", "to"));
    }

    /** The coordinators' report of one month, answered. */
    private static ValidatableResponse monthReport(String month) {
        return given().auth().oauth2(coordinator())
                .queryParam("from", month).queryParam("to", month)
                .when().get("/api/reports/groups")
                .then().statusCode(200);
    }

    /** The path of one group's row of one month in a report. */
    private static String row(UUID group, String month) {
        return "rows.find { it.groupId == '%s' && it.month == '%s' }".formatted(group, month);
    }

    private static String session(UUID group, UUID leader, OffsetDateTime start) {
        return given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"startsAt": "%s", "endsAt": "%s"}""".formatted(start, start.plusMinutes(20)))
                .when().post("/api/groups/" + group + "/sessions")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static void record(UUID group, UUID leader, String session, int trajectories, int others) {
        String ids = Stream.generate(UUID::randomUUID).limit(trajectories).map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(", "));
        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"trajectoryIds": [%s], "otherPersons": %d}""".formatted(ids, others))
                .when().put("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(200);
    }
}
