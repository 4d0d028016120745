package be.koepel.volunteer.availability;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Fixtures.freshHospital;
import static be.koepel.volunteer.Fixtures.putOnCall;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AvailabilityResourceTest {

    private static final Map<String, Object> HOLIDAY = Map.of(
            "weekly", List.of(Map.of("day", "FRIDAY", "from", "18:00", "to", "23:00")),
            "blackouts", List.of(Map.of("startsOn", "2026-12-20", "endsOn", "2026-12-27", "note", "holiday")));

    @Test
    void aVolunteerSetsTheirWeeklyPatternAndBlackoutsAndReadsThemBack() {
        UUID anna = registerVolunteer("Anna", "nl");

        given().auth().oauth2(volunteer(anna))
                .contentType(ContentType.JSON).body(HOLIDAY)
                .when().put("/api/volunteers/" + anna + "/availability")
                .then().statusCode(200)
                .body("weekly[0].day", equalTo("FRIDAY"))
                .body("weekly[0].from", startsWith("18:00"))
                .body("blackouts[0].endsOn", equalTo("2026-12-27"));

        given().auth().oauth2(coordinator())
                .when().get("/api/volunteers/" + anna + "/availability")
                .then().statusCode(200)
                .body("blackouts.note", contains("holiday"));
    }

    @Test
    void aVolunteerCannotSetAnotherVolunteersAvailabilityAndNothingChanges() {
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");

        given().auth().oauth2(volunteer(anna))
                .contentType(ContentType.JSON).body(HOLIDAY)
                .when().put("/api/volunteers/" + bart + "/availability")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(volunteer(anna))
                .when().get("/api/volunteers/" + bart + "/availability")
                .then().statusCode(404);

        given().auth().oauth2(volunteer(bart))
                .when().get("/api/volunteers/" + bart + "/availability")
                .then().statusCode(200)
                .body("blackouts", empty());
    }

    @Test
    void aBadAvailabilityNamesEachBadEntryAndKeepsTheOldOne() {
        UUID anna = registerVolunteer("Anna", "nl");
        given().auth().oauth2(volunteer(anna)).contentType(ContentType.JSON).body(HOLIDAY)
                .when().put("/api/volunteers/" + anna + "/availability").then().statusCode(200);

        given().auth().oauth2(volunteer(anna))
                .contentType(ContentType.JSON)
                .body(Map.of("weekly", List.of(Map.of("day", "FRIDAY", "from", "23:00", "to", "18:00")),
                        "blackouts", List.of()))
                .when().put("/api/volunteers/" + anna + "/availability")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("weekly[0].to"));

        given().auth().oauth2(volunteer(anna))
                .when().get("/api/volunteers/" + anna + "/availability")
                .then().body("blackouts.note", contains("holiday"));
    }

    @Test
    void theRotaWarnsWhenAShiftFallsInABlackoutAndDoesNotPageTheVolunteerThen() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        given().auth().oauth2(volunteer(anna)).contentType(ContentType.JSON).body(HOLIDAY)
                .when().put("/api/volunteers/" + anna + "/availability").then().statusCode(200);
        putOnCall(bart, hospital, "2026-12-21T18:00:00+01:00", "2026-12-22T08:00:00+01:00", 2);

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("volunteerId", anna.toString(), "hospitalId", hospital,
                        "startsAt", "2026-12-21T18:00:00+01:00", "endsAt", "2026-12-22T08:00:00+01:00", "rank", 1))
                .when().post("/api/rota/shifts")
                .then().statusCode(201)
                .body("warnings", contains("Anna has a blackout from 2026-12-20 to 2026-12-27"));

        given().auth().oauth2(coordinator())
                .queryParam("hospital", hospital)
                .queryParam("at", "2026-12-21T21:00:00+01:00")
                .when().get("/api/on-call")
                .then().statusCode(200)
                .body("volunteers.volunteerId", contains(bart.toString()))
                .body("skipped[0].reasons", contains("blackout from 2026-12-20 to 2026-12-27"));
    }
}
