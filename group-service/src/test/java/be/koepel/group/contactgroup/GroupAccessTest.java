package be.koepel.group.contactgroup;

import static be.koepel.group.contactgroup.GroupFixtures.body;
import static be.koepel.group.contactgroup.GroupFixtures.weeklyGroupLedBy;
import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.partner;
import static be.koepel.testing.Tokens.referrer;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import be.koepel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every per-group write and every non-public per-group read, tried by everyone who is not one of
 * that group's leaders or a coordinator: each is refused with 403, and nothing changes.
 */
@QuarkusTest
class GroupAccessTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private UUID leaderOfA;
    private UUID groupA;
    private UUID leaderOfB;
    private UUID groupB;
    private String sessionOfB;
    private String pastSessionOfB;
    private Map<String, String> outsiders;

    @BeforeEach
    void twoGroupsAndEveryoneWhoDoesNotLeadGroupB() {
        leaderOfA = UUID.randomUUID();
        groupA = weeklyGroupLedBy(leaderOfA, "Arendonk");
        leaderOfB = UUID.randomUUID();
        groupB = weeklyGroupLedBy(leaderOfB, "Ravels");
        sessionOfB = given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + groupB + "/sessions")
                .then().statusCode(200)
                .extract().path("items[0].id");
        OffsetDateTime past = OffsetDateTime.now(BRUSSELS).minusDays(3).truncatedTo(ChronoUnit.HOURS);
        pastSessionOfB = given().auth().oauth2(groupLeader(leaderOfB))
                .contentType(ContentType.JSON)
                .body("""
                        {"startsAt": "%s", "endsAt": "%s"}""".formatted(past, past.plusHours(2)))
                .when().post("/api/groups/" + groupB + "/sessions")
                .then().statusCode(201)
                .extract().path("id");

        outsiders = new LinkedHashMap<>();
        outsiders.put("the leader of group A", groupLeader(leaderOfA));
        outsiders.put("a group leader who leads no group", groupLeader(UUID.randomUUID()));
        outsiders.put("a group leader token without volunteer id",
                Tokens.token("leader-without-id", Set.of("volunteer", "group-leader"), Map.of()));
        outsiders.put("a volunteer who leads no group", volunteer(UUID.randomUUID()));
        outsiders.put("B's leader without the group-leader role", volunteer(leaderOfB));
        outsiders.put("a referrer", referrer("ocmw-turnhout", "OCMW"));
        outsiders.put("a hospital", hospital("az-turnhout"));
        outsiders.put("a partner", partner("drughulp"));
    }

    @Test
    void nobodyButGroupBsLeadersAndTheCoordinatorsWritesToGroupBAndNothingChanges() {
        String groupBefore = asCoordinator("/api/groups/" + groupB);
        String sessionsBefore = asCoordinator("/api/groups/" + groupB + "/sessions?size=200");
        OffsetDateTime later = OffsetDateTime.now(BRUSSELS).plusDays(20).truncatedTo(ChronoUnit.HOURS);
        String times = "\"startsAt\": \"%s\", \"endsAt\": \"%s\"".formatted(later, later.plusHours(2));
        String sessions = "/api/groups/" + groupB + "/sessions";

        outsiders.forEach((who, token) -> {
            refused(who, token, Method.PUT, "/api/groups/" + groupB, body("Ravels", leaderOfB, """
                    {"weekday": "MONDAY", "startTime": "10:00", "endTime": "12:00"}"""));
            refused(who, token, Method.POST, sessions, "{" + times + ", \"reason\": \"Extra\"}");
            refused(who, token, Method.POST, sessions + "/" + sessionOfB + "/cancellation", """
                    {"reason": "Zaal niet beschikbaar"}""");
            refused(who, token, Method.POST, sessions + "/" + sessionOfB + "/move",
                    "{" + times + ", \"reason\": \"Feestdag\"}");
            refused(who, token, Method.PUT, sessions + "/" + pastSessionOfB + "/attendance", """
                    {"otherPersons": 3, "family": {"firstNames": ["Anne-Marie"]}}""");
        });

        assertThat(asCoordinator("/api/groups/" + groupB)).isEqualTo(groupBefore);
        assertThat(asCoordinator("/api/groups/" + groupB + "/sessions?size=200")).isEqualTo(sessionsBefore);
        given().auth().oauth2(coordinator())
                .when().get(sessions + "/" + pastSessionOfB + "/attendance")
                .then().statusCode(404);
    }

    @Test
    void onlyACoordinatorStartsAGroup() {
        long groupsBefore = groupCount();
        outsiders.put("the leader of group B", groupLeader(leaderOfB));

        outsiders.forEach((who, token) -> refused(who, token, Method.POST, "/api/groups",
                body("Baarle-Hertog", leaderOfA, """
                        {"weekday": "FRIDAY", "startTime": "19:30", "endTime": "21:30"}""")));

        assertThat(groupCount()).isEqualTo(groupsBefore);
    }

    /**
     * Group A's path with a session of group B names no session of group A: the leader of A gets
     * 404, the same answer as for a session that does not exist, and B's session stays as it was.
     */
    @Test
    void aSessionOfGroupBCannotBeReachedThroughGroupA() {
        String sessionBefore = asCoordinator("/api/groups/" + groupB + "/sessions/" + sessionOfB);
        OffsetDateTime later = OffsetDateTime.now(BRUSSELS).plusDays(20).truncatedTo(ChronoUnit.HOURS);
        String viaA = "/api/groups/" + groupA + "/sessions/";

        for (String session : List.of(sessionOfB, UUID.randomUUID().toString())) {
            given().auth().oauth2(groupLeader(leaderOfA))
                    .contentType(ContentType.JSON).body("""
                            {"reason": "Zaal niet beschikbaar"}""")
                    .when().post(viaA + session + "/cancellation")
                    .then().statusCode(404);
            given().auth().oauth2(groupLeader(leaderOfA))
                    .contentType(ContentType.JSON).body("""
                            {"startsAt": "%s", "endsAt": "%s", "reason": "Feestdag"}"""
                            .formatted(later, later.plusHours(2)))
                    .when().post(viaA + session + "/move")
                    .then().statusCode(404);
        }
        given().auth().oauth2(groupLeader(leaderOfA))
                .contentType(ContentType.JSON).body("""
                        {"otherPersons": 3}""")
                .when().put(viaA + pastSessionOfB + "/attendance")
                .then().statusCode(404);

        assertThat(asCoordinator("/api/groups/" + groupB + "/sessions/" + sessionOfB)).isEqualTo(sessionBefore);
        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + groupB + "/sessions/" + pastSessionOfB + "/attendance")
                .then().statusCode(404);
    }

    @Test
    void groupBsAttendanceAndNewcomersAreReadOnlyByItsLeadersAndTheCoordinatorsAndReportsByCoordinatorsOnly() {
        given().auth().oauth2(groupLeader(leaderOfB))
                .contentType(ContentType.JSON).body("""
                        {"otherPersons": 2, "family": {"firstNames": ["Anne-Marie"]}}""")
                .when().put("/api/groups/" + groupB + "/sessions/" + pastSessionOfB + "/attendance")
                .then().statusCode(200);
        List<String> privatePaths = List.of(
                "/api/groups/" + groupB + "/attendance",
                "/api/groups/" + groupB + "/sessions/" + pastSessionOfB + "/attendance",
                "/api/groups/" + groupB + "/newcomers");

        outsiders.forEach((who, token) -> privatePaths.forEach(path -> {
            Response response = given().auth().oauth2(token).when().get(path);
            assertThat(response.statusCode()).as("GET %s by %s", path, who).isEqualTo(403);
            assertThat(response.asString()).as("GET %s by %s", path, who).doesNotContain("Anne-Marie");
        }));
        outsiders.put("the leader of group B", groupLeader(leaderOfB));
        outsiders.forEach((who, token) -> assertThat(given().auth().oauth2(token)
                        .when().get("/api/reports/groups?from=2026-01&to=2026-02").statusCode())
                .as("the coordinators' report by %s", who).isEqualTo(403));

        for (String token : List.of(groupLeader(leaderOfB), coordinator())) {
            privatePaths.forEach(path -> given().auth().oauth2(token).when().get(path).then().statusCode(200));
            given().auth().oauth2(token)
                    .when().get("/api/groups/" + groupB + "/attendance")
                    .then().body("items.family.firstNames", contains(List.of("Anne-Marie")));
        }
    }

    private static void refused(String who, String token, Method method, String path, String body) {
        Response response = given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(body)
                .request(method, path);
        assertThat(response.statusCode()).as("%s %s by %s", method, path, who).isEqualTo(403);
    }

    private static String asCoordinator(String path) {
        return given().auth().oauth2(coordinator())
                .when().get(path)
                .then().statusCode(200)
                .extract().asString();
    }

    private static long groupCount() {
        return given().auth().oauth2(coordinator())
                .when().get("/api/groups")
                .then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
