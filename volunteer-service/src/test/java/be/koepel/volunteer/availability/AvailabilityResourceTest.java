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

import be.koepel.volunteer.rota.Rota;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Arrays;
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
                // A Monday night, and Anna's week has only Friday evenings.
                .body("warnings", contains("Anna has a blackout from 2026-12-20 to 2026-12-27",
                        "Anna is on call outside their weekly availability from 2026-12-21T18:00+01:00 to "
                                + "2026-12-22T08:00+01:00"));

        given().auth().oauth2(coordinator())
                .queryParam("hospital", hospital)
                .queryParam("at", "2026-12-21T21:00:00+01:00")
                .when().get("/api/on-call")
                .then().statusCode(200)
                .body("volunteers.volunteerId", contains(bart.toString()))
                .body("skipped[0].reasons", contains("blackout from 2026-12-20 to 2026-12-27"));
    }

    @Test
    void theRotaWarnsWhenARotationPlacesSomeoneInTheirBlackoutEvenWhenItStartsMoreThanFourWeeksOut() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        // The rotation starts in 30 days; Anna is away on its 6th and 7th day, when her daily turns fall.
        LocalDate first = LocalDate.now(Rota.REGION).plusDays(30);
        blackout(anna, first.plusDays(5), first.plusDays(6));

        rotation(hospital, first, anna, bart).statusCode(201)
                .body("warnings", contains("Anna has a blackout from " + first.plusDays(5) + " to " + first.plusDays(6)));
        rotation(hospital, first, bart).statusCode(201).body("warnings", empty());
    }

    @Test
    void theRotaWarnsWhenAnOverridePutsTheReplacementInTheirBlackoutAndStillRecordsIt() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        blackout(bart, LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-03"));
        putOnCall(anna, hospital, "2027-02-02T18:00:00+01:00", "2027-02-03T08:00:00+01:00", 1);

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "replacedVolunteerId", anna.toString(),
                        "volunteerId", bart.toString(), "startsAt", "2027-02-02T18:00:00+01:00",
                        "endsAt", "2027-02-03T08:00:00+01:00"))
                .when().post("/api/rota/overrides")
                .then().statusCode(201)
                .body("warnings", contains("Bart has a blackout from 2027-02-01 to 2027-02-03"));

        onCall(hospital, "2027-02-02T21:00:00+01:00")
                .body("volunteers", empty())
                .body("skipped.volunteerId", contains(bart.toString()))
                .body("skipped[0].reasons", contains("blackout from 2027-02-01 to 2027-02-03"));
    }

    @Test
    void approvingASwapWarnsWhenItPutsTheCounterpartInTheirBlackoutButNotOtherwise() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        UUID chris = registerVolunteer("Chris", "nl");
        blackout(bart, LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-07"));
        putOnCall(anna, hospital, "2027-03-03T18:00:00+01:00", "2027-03-04T08:00:00+01:00", 1);
        putOnCall(anna, hospital, "2027-03-10T18:00:00+01:00", "2027-03-11T08:00:00+01:00", 1);

        approve(swap(hospital, anna, bart, "2027-03-03T18:00:00+01:00", "2027-03-04T08:00:00+01:00"))
                .body("status", equalTo("APPROVED"))
                .body("warnings", contains("Bart has a blackout from 2027-03-01 to 2027-03-07"));
        approve(swap(hospital, anna, chris, "2027-03-10T18:00:00+01:00", "2027-03-11T08:00:00+01:00"))
                .body("status", equalTo("APPROVED"))
                .body("warnings", empty());
    }

    private static void blackout(UUID volunteer, LocalDate startsOn, LocalDate endsOn) {
        given().auth().oauth2(volunteer(volunteer))
                .contentType(ContentType.JSON)
                .body(Map.of("weekly", List.of(), "blackouts", List.of(Map.of("startsOn", startsOn.toString(),
                        "endsOn", endsOn.toString(), "note", "away"))))
                .when().put("/api/volunteers/" + volunteer + "/availability")
                .then().statusCode(200);
    }

    private static ValidatableResponse rotation(String hospital, LocalDate first, UUID... participants) {
        return given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "name", "Evenings", "kind", "DAILY", "handOffTime", "18:00",
                        "firstHandOff", first.toString(), "rank", 1,
                        "participants", Arrays.stream(participants).map(UUID::toString).toList()))
                .when().post("/api/rota/rotations")
                .then();
    }

    private static String swap(String hospital, UUID requester, UUID counterpart, String startsAt, String endsAt) {
        return given().auth().oauth2(volunteer(requester))
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "requesterId", requester.toString(),
                        "counterpartId", counterpart.toString(), "startsAt", startsAt, "endsAt", endsAt))
                .when().post("/api/rota/swaps")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static ValidatableResponse approve(String swap) {
        return given().auth().oauth2(coordinator())
                .when().post("/api/rota/swaps/" + swap + "/approve")
                .then().statusCode(200);
    }

    private static ValidatableResponse onCall(String hospital, String at) {
        return given().auth().oauth2(coordinator())
                .queryParam("hospital", hospital)
                .queryParam("at", at)
                .when().get("/api/on-call")
                .then().statusCode(200);
    }
}
