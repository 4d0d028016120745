package be.koepel.group.contactgroup;

import static be.koepel.group.contactgroup.GroupFixtures.body;
import static be.koepel.group.contactgroup.GroupFixtures.groupLedBy;
import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupManagementTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void aCoordinatorDescribesAGroupInFullAndGetsItBack() {
        UUID leader = UUID.randomUUID();
        UUID id = groupLedBy(leader, "Mol");

        given().auth().oauth2(volunteer(UUID.randomUUID()))
                .when().get("/api/groups/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("venue.address", equalTo("Markt 1, 2440 Mol"))
                .body("venue.accessibilityNotes", equalTo("Rolstoeltoegankelijk, lift aan de achterkant"))
                .body("meetingPattern.weekday", equalTo("TUESDAY"))
                .body("meetingPattern.weeksOfMonth", contains(2, 4))
                .body("meetingPatternText", equalTo("every 2nd and 4th Tuesday 19:30–21:30"))
                .body("method", equalTo("PIKASOL"))
                .body("leaders", contains(leader.toString()))
                .body("partners[0].organisation", equalTo("CAW De Kempen"))
                .body("welcome", containsInAnyOrder("PERSONS", "FAMILY", "PROFESSIONALS"))
                .body("languages", containsInAnyOrder("nl", "en"))
                .body("capacity", equalTo(15))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void aGroupStartedWithOnlyNameAndMunicipalityWelcomesEveryoneWithThePikasolMethodAndHasNoSessions() {
        String id = given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Contactgroep Balen", "municipality": "Balen"}""")
                .when().post("/api/groups")
                .then().statusCode(201)
                .body("method", equalTo("PIKASOL"))
                .body("welcome", containsInAnyOrder("PERSONS", "FAMILY", "PROFESSIONALS"))
                .body("status", equalTo("ACTIVE"))
                .extract().path("id");

        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + id + "/sessions")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void sessionsAreGeneratedThreeMonthsAheadAtTheLocalTimeOfThePattern() {
        UUID id = groupLedBy(UUID.randomUUID(), "Dessel");

        JsonPath sessions = given().auth().oauth2(coordinator())
                .queryParam("size", 200)
                .when().get("/api/groups/" + id + "/sessions")
                .then().statusCode(200)
                .extract().jsonPath();

        List<OffsetDateTime> starts = sessions.getList("items.startsAt", String.class).stream()
                .map(OffsetDateTime::parse).toList();
        LocalDate today = LocalDate.now(BRUSSELS);
        // every 2nd and 4th Tuesday over three months: five to seven meetings
        assertThat(starts).hasSizeBetween(5, 7);
        assertThat(starts).allSatisfy(start -> {
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(19, 30));
            assertThat(start.getOffset()).isEqualTo(BRUSSELS.getRules().getOffset(start.toInstant()));
            assertThat(start.toLocalDate()).isBetween(today, today.plusMonths(3));
        });
        assertThat(sessions.getList("items.origin", String.class)).containsOnly("PATTERN");
    }

    @Test
    void aPatternThatNeverProducesASessionIsRefusedNamingTheFieldAndNothingIsStored() {
        String name = "Contactgroep Nooit " + UUID.randomUUID();
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "municipality": "Geel",
                         "meetingPattern": {"weekday": "TUESDAY", "weeksOfMonth": [2], "startTime": "19:30",
                                            "endTime": "21:30", "until": "2020-12-31"}}""".formatted(name))
                .when().post("/api/groups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("meetingPattern"));

        assertNoGroupNamed(name);
    }

    @Test
    void aCapacityBelowZeroOrAnEndBeforeTheStartIsRefusedNamingEachField() {
        String name = "Contactgroep Min " + UUID.randomUUID();
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "municipality": "Geel", "capacity": -1}""".formatted(name))
                .when().post("/api/groups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("capacity"));

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "municipality": "Geel",
                         "meetingPattern": {"weekday": "TUESDAY", "weeksOfMonth": [0], "startTime": "21:30",
                                            "endTime": "19:30"}}""".formatted(name))
                .when().post("/api/groups")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("meetingPattern.weeksOfMonth", "meetingPattern.endTime"));

        assertNoGroupNamed(name);
    }

    @Test
    void aLeaderEditsTheirOwnGroupButGets403OnAnotherGroup() {
        UUID leader = UUID.randomUUID();
        UUID own = groupLedBy(leader, "Retie");
        UUID otherLeader = UUID.randomUUID();
        UUID other = groupLedBy(otherLeader, "Kasterlee");

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body(body("Retie", leader, """
                        {"weekday": "THURSDAY", "weeksOfMonth": [1], "startTime": "19:00", "endTime": "21:00"}"""))
                .when().put("/api/groups/" + own)
                .then().statusCode(200)
                .body("meetingPattern.weekday", equalTo("THURSDAY"))
                .body("version", equalTo(1));

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body(body("Kasterlee", otherLeader, """
                        {"weekday": "MONDAY", "startTime": "19:00", "endTime": "21:00"}"""))
                .when().put("/api/groups/" + other)
                .then().statusCode(403)
                .contentType("application/problem+json");

        given().auth().oauth2(volunteer(leader))
                .contentType(ContentType.JSON)
                .body(body("Retie", leader, """
                        {"weekday": "MONDAY", "startTime": "19:00", "endTime": "21:00"}"""))
                .when().put("/api/groups/" + own)
                .then().statusCode(403);

        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + other)
                .then().body("meetingPattern.weekday", equalTo("TUESDAY"));
    }

    @Test
    void onlyACoordinatorChangesWhoLeadsAGroup() {
        UUID leader = UUID.randomUUID();
        UUID id = groupLedBy(leader, "Olen");
        String withTwoLeaders = body("Olen", leader, """
                {"weekday": "TUESDAY", "startTime": "19:30", "endTime": "21:30"}""")
                .replace("\"leaders\": [\"" + leader + "\"]",
                        "\"leaders\": [\"" + leader + "\", \"" + UUID.randomUUID() + "\"]");

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON).body(withTwoLeaders)
                .when().put("/api/groups/" + id)
                .then().statusCode(403);

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON).body(withTwoLeaders)
                .when().put("/api/groups/" + id)
                .then().statusCode(200)
                .body("leaders.size()", equalTo(2));
    }

    @Test
    void aLeaderWhoLeavesTheLeadersOutOfAnEditGets403AndTheGroupKeepsItsLeaders() {
        UUID leader = UUID.randomUUID();
        UUID id = groupLedBy(leader, "Vorselaar");
        String withoutLeaders = body("Vorselaar", leader, """
                {"weekday": "TUESDAY", "startTime": "19:30", "endTime": "21:30"}""")
                .replace("\"leaders\": [\"" + leader + "\"],", "");

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON).body(withoutLeaders)
                .when().put("/api/groups/" + id)
                .then().statusCode(403)
                .contentType("application/problem+json");

        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + id)
                .then().statusCode(200)
                .body("leaders", contains(leader.toString()))
                .body("version", equalTo(0));
    }

    @Test
    void anEditBasedOnAStaleVersionGets412AndChangesNothing() {
        UUID leader = UUID.randomUUID();
        UUID id = groupLedBy(leader, "Laakdal");
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(body("Laakdal", leader, """
                        {"weekday": "FRIDAY", "startTime": "19:30", "endTime": "21:30"}"""))
                .when().put("/api/groups/" + id)
                .then().statusCode(200);

        given().auth().oauth2(coordinator())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(body("Laakdal", leader, """
                        {"weekday": "MONDAY", "startTime": "19:30", "endTime": "21:30"}"""))
                .when().put("/api/groups/" + id)
                .then().statusCode(412);

        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + id)
                .then().body("meetingPattern.weekday", equalTo("FRIDAY"));
    }

    @Test
    void pausingAGroupRemovesItsFutureGeneratedSessions() {
        UUID leader = UUID.randomUUID();
        UUID id = groupLedBy(leader, "Meerhout");
        String paused = body("Meerhout", leader, """
                {"weekday": "TUESDAY", "weeksOfMonth": [2, 4], "startTime": "19:30", "endTime": "21:30"}""")
                .replace("\"capacity\": 15", "\"capacity\": 15, \"status\": \"PAUSED\"");

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON).body(paused)
                .when().put("/api/groups/" + id)
                .then().statusCode(200)
                .body("status", equalTo("PAUSED"));

        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + id + "/sessions")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    private static void assertNoGroupNamed(String name) {
        given().auth().oauth2(coordinator())
                .queryParam("size", 200)
                .when().get("/api/groups")
                .then().statusCode(200)
                .body("items.name", not(hasItem(name)));
    }
}
