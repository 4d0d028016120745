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

/** The rota warns when it places a volunteer outside the weekly pattern they set, in Brussels local time. */
@QuarkusTest
class WeeklyAvailabilityWarningsTest {

    @Test
    void aNightShiftAcrossTheSpringForwardChangeIsWarnedAboutOnlyForTheHourAfterTheVolunteersLocalEightOClock() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        // Saturday 27 to Sunday 28 March 2027: the clocks go forward at 02:00, the night has eleven hours.
        weekly(anna, slot("SATURDAY", "18:00", "23:59"), slot("SUNDAY", "00:00", "08:00"));
        weekly(bart, slot("SATURDAY", "18:00", "23:59"), slot("SUNDAY", "00:00", "07:00"));

        shift(anna, hospital, "2027-03-27T20:00:00+01:00", "2027-03-28T08:00:00+02:00", 1)
                .body("warnings", empty());
        shift(bart, hospital, "2027-03-27T20:00:00+01:00", "2027-03-28T08:00:00+02:00", 2)
                .body("warnings", contains("Bart is on call outside their weekly availability from "
                        + "2027-03-28T07:00+02:00 to 2027-03-28T08:00+02:00"));
    }

    @Test
    void anOverrideAndAnApprovedSwapWarnOnlyForTheTimesTheReplacementActuallyStandsInOutsideTheirWeek() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID chris = registerVolunteer("Chris", "nl");
        UUID dirk = registerVolunteer("Dirk", "nl");
        // Monday 5 April 2027, summer time: Anna's night, and the evenings Chris and Dirk are free.
        putOnCall(anna, hospital, "2027-04-05T20:00:00+02:00", "2027-04-06T08:00:00+02:00", 1);
        putOnCall(anna, hospital, "2027-04-12T20:00:00+02:00", "2027-04-13T08:00:00+02:00", 1);
        putOnCall(anna, hospital, "2027-04-19T20:00:00+02:00", "2027-04-20T08:00:00+02:00", 1);
        weekly(chris, slot("MONDAY", "19:00", "23:59"), slot("TUESDAY", "00:00", "06:00"));
        weekly(dirk, slot("MONDAY", "19:00", "23:59"), slot("TUESDAY", "00:00", "08:00"));

        // Asked for two whole days, Chris stands in only during Anna's night: its last two hours are outside.
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "replacedVolunteerId", anna.toString(),
                        "volunteerId", chris.toString(), "startsAt", "2027-04-05T00:00:00+02:00",
                        "endsAt", "2027-04-07T00:00:00+02:00"))
                .when().post("/api/rota/overrides")
                .then().statusCode(201)
                .body("warnings", contains("Chris is on call outside their weekly availability from "
                        + "2027-04-06T06:00+02:00 to 2027-04-06T08:00+02:00"));

        approve(swap(hospital, anna, dirk, "2027-04-12T00:00:00+02:00", "2027-04-14T00:00:00+02:00"))
                .body("status", equalTo("APPROVED"))
                .body("warnings", empty());
        approve(swap(hospital, anna, chris, "2027-04-19T20:00:00+02:00", "2027-04-20T08:00:00+02:00"))
                .body("status", equalTo("APPROVED"))
                .body("warnings", contains("Chris is on call outside their weekly availability from "
                        + "2027-04-20T06:00+02:00 to 2027-04-20T08:00+02:00"));
    }

    @Test
    void aRotationWarnsOncePerParticipantWhoseTurnsFallOutsideTheirWeekAndNotForOneAlwaysAvailable() {
        String hospital = freshHospital();
        UUID eva = registerVolunteer("Eva", "nl");
        UUID frank = registerVolunteer("Frank", "nl");
        // Eva is free every evening and night; Frank has said nothing, so nothing is outside his week.
        weekly(eva, Arrays.stream(java.time.DayOfWeek.values())
                .flatMap(d -> java.util.stream.Stream.of(slot(d.name(), "00:00", "08:00"), slot(d.name(), "18:00", "23:59")))
                .toArray(Map[]::new));
        LocalDate first = LocalDate.now(Rota.REGION).plusDays(30);

        rotation(hospital, first, "18:00", eva, frank).statusCode(201)
                .body("warnings", contains(startsWith("Eva is on call outside their weekly availability from "
                        + first.plusDays(1).atTime(8, 0).atZone(Rota.REGION).toOffsetDateTime()
                        + " to " + first.plusDays(1).atTime(18, 0).atZone(Rota.REGION).toOffsetDateTime()
                        + " and ")));
    }

    private static Map<String, Object> slot(String day, String from, String to) {
        return Map.of("day", day, "from", from, "to", to);
    }

    @SafeVarargs
    private static void weekly(UUID volunteer, Map<String, Object>... slots) {
        given().auth().oauth2(volunteer(volunteer))
                .contentType(ContentType.JSON)
                .body(Map.of("weekly", List.of(slots), "blackouts", List.of()))
                .when().put("/api/volunteers/" + volunteer + "/availability")
                .then().statusCode(200);
    }

    private static ValidatableResponse shift(UUID volunteer, String hospital, String startsAt, String endsAt,
            int rank) {
        return given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteer.toString(), "hospitalId", hospital,
                        "startsAt", startsAt, "endsAt", endsAt, "rank", rank))
                .when().post("/api/rota/shifts")
                .then().statusCode(201);
    }

    private static ValidatableResponse rotation(String hospital, LocalDate first, String handOff,
            UUID... participants) {
        return given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "name", "Daily", "kind", "DAILY", "handOffTime", handOff,
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
}
