package be.koepel.volunteer;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The pool and rota as a coordinator fills them, through the API, so tests need no database access. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A hospital id no other test uses, so that tests never see each other's shifts. */
    public static String freshHospital() {
        return "az-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static UUID registerVolunteer(String displayName, String... languages) {
        String id = given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", displayName, "phone", "+32470123456", "languages", List.of(languages)))
                .when().post("/api/volunteers")
                .then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(id);
    }

    /** A registered volunteer with the profile fields matching uses. */
    public static UUID registerVolunteer(Map<String, Object> profile) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("phone", "+32470123456"));
        body.putAll(profile);
        String id = given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/volunteers")
                .then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(id);
    }

    /** A volunteer who serves these hospitals (which also makes the hospitals known for shared schedules). */
    public static UUID registerVolunteerServing(String displayName, String... hospitals) {
        return registerVolunteer(Map.of("displayName", displayName, "languages", List.of("nl"),
                "hospitals", List.of(hospitals)));
    }

    /** A schedule shared by the hospitals, with a name no other test uses; answers its id. */
    public static UUID sharedSchedule(String name, String... hospitals) {
        String id = given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 8),
                        "hospitals", List.of(hospitals)))
                .when().post("/api/schedules")
                .then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(id);
    }

    /** Puts a volunteer on call on a shared schedule instead of a hospital's own. */
    public static void putOnCall(UUID volunteerId, UUID scheduleId, String startsAt, String endsAt, int rank) {
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteerId.toString(), "scheduleId", scheduleId.toString(),
                        "startsAt", startsAt, "endsAt", endsAt, "rank", rank))
                .when().post("/api/rota/shifts")
                .then().statusCode(201);
    }

    public static void putOnCall(UUID volunteerId, String hospitalId, String startsAt, String endsAt, int rank) {
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteerId.toString(), "hospitalId", hospitalId,
                        "startsAt", startsAt, "endsAt", endsAt, "rank", rank))
                .when().post("/api/rota/shifts")
                .then().statusCode(201);
    }
}
