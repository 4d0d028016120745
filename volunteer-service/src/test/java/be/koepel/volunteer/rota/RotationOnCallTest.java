package be.koepel.volunteer.rota;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Fixtures.freshHospital;
import static be.koepel.volunteer.Fixtures.putOnCall;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rotations, overrides and shifts together, through the API, against the real database. */
@QuarkusTest
class RotationOnCallTest {

    @Test
    void onTheSpringForwardDayTheOnCallAnswerHandsOffAtEightLocalTimeNotAtEightWinterTime() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        rotation(hospital, "DAILY", "08:00", "2026-03-28", 1, anna, bart).statusCode(201);

        onCall(hospital, "2026-03-29T07:59:00+02:00")
                .body("volunteers.volunteerId", contains(anna.toString()))
                .body("volunteers[0].startsAt", equalTo("2026-03-28T08:00:00+01:00"))
                .body("volunteers[0].endsAt", equalTo("2026-03-29T08:00:00+02:00"))
                .body("volunteers[0].source", equalTo("ROTATION"));
        onCall(hospital, "2026-03-29T08:00:00+02:00")
                .body("volunteers.volunteerId", contains(bart.toString()))
                .body("at", equalTo("2026-03-29T08:00:00+02:00"));
    }

    @Test
    void onTheFallBackDayTheOnCallAnswerHandsOffAtEightLocalTimeAfterA25HourTurn() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        rotation(hospital, "DAILY", "08:00", "2026-10-24", 1, anna, bart).statusCode(201);

        // 02:30 happens twice that night; both are still Anna's turn.
        onCall(hospital, "2026-10-25T02:30:00+02:00").body("volunteers.volunteerId", contains(anna.toString()));
        onCall(hospital, "2026-10-25T02:30:00+01:00").body("volunteers.volunteerId", contains(anna.toString()));
        onCall(hospital, "2026-10-25T07:59:00+01:00")
                .body("volunteers.volunteerId", contains(anna.toString()))
                .body("volunteers[0].endsAt", equalTo("2026-10-25T08:00:00+01:00"));
        onCall(hospital, "2026-10-25T08:00:00+01:00").body("volunteers.volunteerId", contains(bart.toString()));
    }

    @Test
    void anExplicitShiftWinsOverTheRotationAtItsRankAndAnOverrideReplacesTheVolunteerForItsPeriod() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        UUID chris = registerVolunteer("Chris", "nl");
        UUID dirk = registerVolunteer("Dirk", "nl");
        rotation(hospital, "WEEKLY", "09:00", "2026-11-23", 1, anna).statusCode(201);
        rotation(hospital, "WEEKLY", "09:00", "2026-11-23", 2, bart).statusCode(201);
        putOnCall(chris, hospital, "2026-11-24T18:00:00+01:00", "2026-11-24T23:00:00+01:00", 1);
        override(hospital, bart, dirk, "2026-11-24T20:00:00+01:00", "2026-11-25T08:00:00+01:00").statusCode(201);

        onCall(hospital, "2026-11-24T12:00:00+01:00")
                .body("volunteers.volunteerId", contains(anna.toString(), bart.toString()));
        onCall(hospital, "2026-11-24T19:00:00+01:00")
                .body("volunteers.volunteerId", contains(chris.toString(), bart.toString()))
                .body("volunteers.source", contains("SHIFT", "ROTATION"));
        onCall(hospital, "2026-11-24T21:00:00+01:00")
                .body("volunteers.volunteerId", contains(chris.toString(), dirk.toString()))
                .body("volunteers[1].source", equalTo("OVERRIDE"))
                .body("volunteers[1].startsAt", equalTo("2026-11-24T20:00:00+01:00"));
        onCall(hospital, "2026-11-25T09:00:00+01:00")
                .body("volunteers.volunteerId", contains(anna.toString(), bart.toString()));
    }

    @Test
    void aPausedVolunteerOnTheRotaIsSkippedWithTheReasonAndTheBackupIsPagedInstead() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        rotation(hospital, "DAILY", "08:00", "2026-11-01", 1, anna).statusCode(201);
        rotation(hospital, "DAILY", "08:00", "2026-11-01", 2, bart).statusCode(201);
        given().auth().oauth2(volunteer(anna))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PAUSED", "pausedUntil", "2099-12-31"))
                .when().put("/api/volunteers/" + anna + "/status")
                .then().statusCode(200);

        onCall(hospital, "2099-06-01T21:00:00+02:00")
                .body("volunteers.volunteerId", contains(bart.toString()))
                .body("skipped.volunteerId", contains(anna.toString()))
                .body("skipped[0].reasons", contains("paused until 2099-12-31"));
    }

    @Test
    void aVolunteerSeesWhoIsOnCallButNotWhyAColleagueIsSkippedOnlyWhyTheyAreThemselves() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        rotation(hospital, "DAILY", "08:00", "2026-11-01", 1, anna).statusCode(201);
        rotation(hospital, "DAILY", "08:00", "2026-11-01", 2, bart).statusCode(201);
        given().auth().oauth2(volunteer(anna))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PAUSED", "pausedUntil", "2099-12-31"))
                .when().put("/api/volunteers/" + anna + "/status")
                .then().statusCode(200);

        onCallAs(volunteer(bart), hospital, "2099-06-01T21:00:00+02:00")
                .body("volunteers.volunteerId", contains(bart.toString()))
                .body("skipped", empty());
        onCallAs(volunteer(anna), hospital, "2099-06-01T21:00:00+02:00")
                .body("volunteers.volunteerId", contains(bart.toString()))
                .body("skipped.volunteerId", contains(anna.toString()))
                .body("skipped[0].reasons", contains("paused until 2099-12-31"));
    }

    @Test
    void aVolunteerWithoutTheTrainingsTheHospitalRequiresIsSkippedWithTheReasonUntilTheyAreRecorded() {
        // az-trained requires motivational interviewing and its own induction (application.properties, %test);
        // its rota is shared by tests, so this one stays on a night nobody else uses.
        String hospital = "az-trained";
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        putOnCall(anna, hospital, "2031-05-05T18:00:00+02:00", "2031-05-06T08:00:00+02:00", 1);
        putOnCall(bart, hospital, "2031-05-05T18:00:00+02:00", "2031-05-06T08:00:00+02:00", 2);
        training(anna, "MOTIVATIONAL_INTERVIEWING", null);
        training(bart, "MOTIVATIONAL_INTERVIEWING", null);
        training(bart, "HOSPITAL_INDUCTION", hospital);

        onCall(hospital, "2031-05-05T21:00:00+02:00")
                .body("volunteers.volunteerId", contains(bart.toString()))
                .body("skipped.volunteerId", contains(anna.toString()))
                .body("skipped[0].reasons", contains("no valid HOSPITAL_INDUCTION for az-trained"));

        training(anna, "HOSPITAL_INDUCTION", hospital);
        onCall(hospital, "2031-05-05T21:00:00+02:00")
                .body("volunteers.volunteerId", contains(anna.toString(), bart.toString()))
                .body("skipped", empty());
    }

    @Test
    void aRotationWithoutParticipantsOrAnOverrideThatEndsBeforeItStartsIsRefusedAndNothingChanges() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");

        rotation(hospital, "DAILY", "08:00", "2026-11-01", 1).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("participants"))
                .body("violations.message", contains("must list at least one volunteer"));
        override(hospital, anna, bart, "2026-11-25T08:00:00+01:00", "2026-11-24T20:00:00+01:00").statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("endsAt"))
                .body("violations.message", contains("must be after startsAt"));

        onCall(hospital, "2026-11-24T21:00:00+01:00").body("volunteers", empty());
    }

    @Test
    void overlappingOverridesOfOneVolunteerAreRefusedNamingTheScheduleTheyAreOn() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        UUID chris = registerVolunteer("Chris", "nl");
        override(hospital, anna, bart, "2026-11-24T20:00:00+01:00", "2026-11-25T08:00:00+01:00").statusCode(201);

        override(hospital, anna, chris, "2026-11-25T07:00:00+01:00", "2026-11-25T09:00:00+01:00").statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("startsAt"))
                .body("violations.message", contains("overlaps another override of this volunteer on schedule '"
                        + hospital + "'"));
    }

    @Test
    void onlyACoordinatorKeepsRotationsAndOverrides() {
        UUID anna = registerVolunteer("Anna", "nl");

        given().auth().oauth2(volunteer(anna))
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", freshHospital(), "name", "Mine", "kind", "DAILY", "handOffTime", "08:00",
                        "firstHandOff", "2026-11-01", "rank", 1, "participants", List.of(anna.toString())))
                .when().post("/api/rota/rotations")
                .then().statusCode(403);
    }

    private static ValidatableResponse rotation(String hospital, String kind, String handOff, String first, int rank,
            UUID... participants) {
        return given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "name", "Rotation " + rank, "kind", kind, "handOffTime", handOff,
                        "firstHandOff", first, "rank", rank,
                        "participants", java.util.Arrays.stream(participants).map(UUID::toString).toList()))
                .when().post("/api/rota/rotations")
                .then();
    }

    private static ValidatableResponse override(String hospital, UUID replaced, UUID replacement, String startsAt,
            String endsAt) {
        return given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "replacedVolunteerId", replaced.toString(),
                        "volunteerId", replacement.toString(), "startsAt", startsAt, "endsAt", endsAt))
                .when().post("/api/rota/overrides")
                .then();
    }

    private static void training(UUID volunteer, String type, String hospitalId) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("type", type, "completedOn", "2026-01-10",
                "expiresOn", "2032-01-10"));
        if (hospitalId != null) {
            body.put("hospitalId", hospitalId);
        }
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/volunteers/" + volunteer + "/trainings")
                .then().statusCode(201);
    }

    private static ValidatableResponse onCall(String hospital, String at) {
        return onCallAs(coordinator(), hospital, at);
    }

    private static ValidatableResponse onCallAs(String token, String hospital, String at) {
        return given().auth().oauth2(token)
                .queryParam("hospital", hospital)
                .queryParam("at", at)
                .when().get("/api/on-call")
                .then().statusCode(200);
    }
}
