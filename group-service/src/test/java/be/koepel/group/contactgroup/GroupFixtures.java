package be.koepel.group.contactgroup;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** Groups as a coordinator starts them, for tests of every feature. */
public final class GroupFixtures {

    private GroupFixtures() {
    }

    /** A group meeting every 2nd and 4th Tuesday 19:30–21:30, led by {@code leader}. */
    public static UUID groupLedBy(UUID leader, String municipality) {
        return create(body(municipality, leader, """
                {"weekday": "TUESDAY", "weeksOfMonth": [2, 4], "startTime": "19:30", "endTime": "21:30"}"""));
    }

    /** A group meeting every week, so that a test has sessions soon. */
    public static UUID weeklyGroupLedBy(UUID leader, String municipality) {
        return create(body(municipality, leader, """
                {"weekday": "WEDNESDAY", "startTime": "19:30", "endTime": "21:30"}"""));
    }

    public static String body(String municipality, UUID leader, String pattern) {
        return """
                {"name": "Contactgroep %s %s", "municipality": "%s",
                 "venue": {"name": "Ontmoetingscentrum", "address": "Markt 1, 2440 %s",
                           "accessibilityNotes": "Rolstoeltoegankelijk, lift aan de achterkant"},
                 "meetingPattern": %s,
                 "leaders": ["%s"],
                 "partners": [{"organisation": "CAW De Kempen", "contact": "onthaal@caw.example"}],
                 "welcome": ["PERSONS", "FAMILY", "PROFESSIONALS"],
                 "languages": ["nl", "en"],
                 "capacity": 15}""".formatted(municipality, UUID.randomUUID().toString().substring(0, 8),
                municipality, municipality, pattern, leader);
    }

    public static UUID create(String body) {
        String id = given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/groups")
                .then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(id);
    }
}
