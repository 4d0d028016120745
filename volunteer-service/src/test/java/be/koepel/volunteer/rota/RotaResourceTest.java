package be.koepel.volunteer.rota;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Fixtures.freshHospital;
import static be.koepel.volunteer.Fixtures.putOnCall;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RotaResourceTest {

    private static final String SERVICE = Tokens.token("referral-service", Set.of("service"), Map.of());

    @Test
    void theOnCallQueryAnswersWhoIsOnCallAtThatInstantInRankOrderAndNobodyOutsideTheirShift() {
        String hospital = freshHospital();
        UUID backup = registerVolunteer("Backup", "nl");
        UUID primary = registerVolunteer("Primary", "nl");
        UUID dayShift = registerVolunteer("Day shift", "nl");
        UUID otherHospital = registerVolunteer("Elsewhere", "nl");
        putOnCall(backup, hospital, "2026-11-24T18:00:00+01:00", "2026-11-25T08:00:00+01:00", 2);
        putOnCall(primary, hospital, "2026-11-24T18:00:00+01:00", "2026-11-25T08:00:00+01:00", 1);
        putOnCall(dayShift, hospital, "2026-11-24T08:00:00+01:00", "2026-11-24T18:00:00+01:00", 1);
        putOnCall(otherHospital, freshHospital(), "2026-11-24T18:00:00+01:00", "2026-11-25T08:00:00+01:00", 1);

        given().auth().oauth2(coordinator())
                .queryParam("hospital", hospital)
                .queryParam("at", "2026-11-24T21:00:00+01:00")
                .when().get("/api/on-call")
                .then().statusCode(200)
                .body("hospitalId", equalTo(hospital))
                .body("volunteers.volunteerId", contains(primary.toString(), backup.toString()))
                .body("volunteers.rank", contains(1, 2));

        // The end is exclusive: at 18:00 the evening shift has taken over from the day shift.
        given().auth().oauth2(SERVICE)
                .queryParam("hospital", hospital)
                .queryParam("at", "2026-11-24T17:00:00Z")
                .when().get("/api/on-call")
                .then().statusCode(200)
                .body("volunteers.volunteerId", contains(primary.toString(), backup.toString()));

        given().auth().oauth2(volunteer(primary))
                .queryParam("hospital", hospital)
                .queryParam("at", "2026-11-24T12:00:00+01:00")
                .when().get("/api/on-call")
                .then().statusCode(200)
                .body("volunteers.volunteerId", contains(dayShift.toString()));

        given().auth().oauth2(coordinator())
                .queryParam("hospital", hospital)
                .queryParam("at", "2026-11-25T08:00:00+01:00")
                .when().get("/api/on-call")
                .then().statusCode(200)
                .body("volunteers", empty());
    }

    @Test
    void volunteersWithTheSameRankAreOrderedByWhoseShiftStartedFirst() {
        String hospital = freshHospital();
        UUID late = registerVolunteer("Late", "nl");
        UUID early = registerVolunteer("Early", "nl");
        putOnCall(late, hospital, "2026-11-24T20:00:00+01:00", "2026-11-25T02:00:00+01:00", 1);
        putOnCall(early, hospital, "2026-11-24T19:00:00+01:00", "2026-11-25T02:00:00+01:00", 1);

        given().auth().oauth2(coordinator())
                .queryParam("hospital", hospital)
                .queryParam("at", "2026-11-24T21:00:00+01:00")
                .when().get("/api/on-call")
                .then().statusCode(200)
                .body("volunteers.volunteerId", contains(early.toString(), late.toString()));
    }

    @Test
    void aShiftThatEndsBeforeItStartsForAnUnknownVolunteerIsRefusedWithBothFieldsNamedAndNothingStored() {
        String hospital = freshHospital();

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("volunteerId", UUID.randomUUID().toString(), "hospitalId", hospital,
                        "startsAt", "2026-11-24T18:00:00+01:00", "endsAt", "2026-11-24T08:00:00+01:00", "rank", 1))
                .when().post("/api/rota/shifts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("endsAt", "volunteerId"));

        given().auth().oauth2(coordinator())
                .queryParam("hospital", hospital)
                .queryParam("at", "2026-11-24T12:00:00+01:00")
                .when().get("/api/on-call")
                .then().statusCode(200)
                .body("volunteers", empty());
    }

    @Test
    void aShiftWithMissingOrMalformedFieldsIsRefusedWithEachFieldNamed() {
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"hospitalId": "AZ Turnhout!", "rank": 0}""")
                .when().post("/api/rota/shifts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("volunteerId", "hospitalId", "startsAt", "endsAt", "rank"));

        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"volunteerId": "%s", "hospitalId": "az-turnhout", "startsAt": "tomorrow evening",
                         "endsAt": "2026-11-25T08:00:00+01:00", "rank": 1}""".formatted(UUID.randomUUID()))
                .when().post("/api/rota/shifts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("startsAt"));
    }

    @Test
    void onlyACoordinatorMayPlanShifts() {
        UUID self = registerVolunteer("Eager", "nl");

        given().auth().oauth2(volunteer(self))
                .contentType(ContentType.JSON)
                .body(Map.of("volunteerId", self.toString(), "hospitalId", freshHospital(),
                        "startsAt", "2026-11-24T18:00:00+01:00", "endsAt", "2026-11-25T08:00:00+01:00", "rank", 1))
                .when().post("/api/rota/shifts")
                .then().statusCode(403);

        given().contentType(ContentType.JSON)
                .body(Map.of("volunteerId", self.toString()))
                .when().post("/api/rota/shifts")
                .then().statusCode(401);
    }

    @Test
    void aHospitalCannotReadTheRotaAndAnAnonymousCallerNothingAtAll() {
        given().auth().oauth2(hospital("az-turnhout"))
                .queryParam("hospital", "az-turnhout")
                .when().get("/api/on-call")
                .then().statusCode(403);

        given().queryParam("hospital", "az-turnhout")
                .when().get("/api/on-call")
                .then().statusCode(401);
    }

    @Test
    void anOnCallQueryWithoutHospitalOrWithAnUnreadableInstantNamesTheParameter() {
        given().auth().oauth2(coordinator())
                .when().get("/api/on-call")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("hospital"));

        given().auth().oauth2(coordinator())
                .queryParam("hospital", "az-turnhout")
                .queryParam("at", "tonight")
                .when().get("/api/on-call")
                .then().statusCode(400)
                .body("violations.field", contains("at"));
    }

    @Test
    void withoutAnInstantTheOnCallQueryAnswersForNow() {
        String hospital = freshHospital();
        UUID now = registerVolunteer("Now", "nl");
        OffsetDateTime start = OffsetDateTime.now().minusHours(1);
        putOnCall(now, hospital, start.toString(), start.plusHours(2).toString(), 1);

        given().auth().oauth2(coordinator())
                .queryParam("hospital", hospital)
                .when().get("/api/on-call")
                .then().statusCode(200)
                .body("volunteers.volunteerId", contains(now.toString()));
    }
}
