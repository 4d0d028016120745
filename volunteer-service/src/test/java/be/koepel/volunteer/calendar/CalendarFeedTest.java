package be.koepel.volunteer.calendar;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Fixtures.freshHospital;
import static be.koepel.volunteer.Fixtures.putOnCall;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import be.koepel.volunteer.rota.Rota;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The iCal feed of a volunteer's shifts, reached with a secret token instead of a login. */
@QuarkusTest
class CalendarFeedTest {

    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Test
    void aVolunteersTokenOpensTheirShiftsAsACalendarWithoutLogin() {
        UUID els = registerVolunteer("Els", "nl");
        LocalDate tomorrow = LocalDate.now(Rota.REGION).plusDays(1);
        var start = tomorrow.atTime(18, 0).atZone(Rota.REGION);
        putOnCall(els, freshHospital(), start.toOffsetDateTime().toString(),
                start.plusHours(14).toOffsetDateTime().toString(), 1);

        String token = given().auth().oauth2(volunteer(els)).when().post("/api/volunteers/{id}/calendar-token", els)
                .then().statusCode(201).extract().path("token");

        given().queryParam("token", token).when().get("/api/volunteers/{id}/shifts.ics", els)
                .then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .body(startsWith("BEGIN:VCALENDAR\r\n"))
                .body(containsString("DTSTART:" + ICS.format(start.toInstant()) + "\r\n"))
                .body(containsString("DTEND:" + ICS.format(start.plusHours(14).toInstant()) + "\r\n"));
    }

    @Test
    void aWrongRotatedOrRevokedTokenOpensNothing() {
        UUID els = registerVolunteer("Els", "nl");
        String first = given().auth().oauth2(coordinator()).when().post("/api/volunteers/{id}/calendar-token", els)
                .then().statusCode(201).extract().path("token");
        String second = given().auth().oauth2(volunteer(els)).when().post("/api/volunteers/{id}/calendar-token", els)
                .then().statusCode(201).extract().path("token");

        feed(els, first).statusCode(404).body(not(containsString("VCALENDAR")));
        feed(els, "guess").statusCode(404);
        feed(els, null).statusCode(404);
        feed(UUID.randomUUID(), second).statusCode(404);
        feed(els, second).statusCode(200);

        given().auth().oauth2(volunteer(els)).when().delete("/api/volunteers/{id}/calendar-token", els)
                .then().statusCode(204);
        feed(els, second).statusCode(404);
    }

    @Test
    void aVolunteerCannotManageSomeoneElsesCalendarLink() {
        UUID els = registerVolunteer("Els", "nl");

        given().auth().oauth2(volunteer(UUID.randomUUID())).when().post("/api/volunteers/{id}/calendar-token", els)
                .then().statusCode(403);
        given().auth().oauth2(volunteer(UUID.randomUUID())).when().delete("/api/volunteers/{id}/calendar-token", els)
                .then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse feed(UUID volunteer, String token) {
        var request = given();
        if (token != null) {
            request = request.queryParam("token", token);
        }
        return request.when().get("/api/volunteers/{id}/shifts.ics", volunteer).then();
    }
}
