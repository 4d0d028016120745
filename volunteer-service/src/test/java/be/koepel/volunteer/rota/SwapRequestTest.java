package be.koepel.volunteer.rota;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static be.koepel.volunteer.Fixtures.freshHospital;
import static be.koepel.volunteer.Fixtures.putOnCall;
import static be.koepel.volunteer.Fixtures.registerVolunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SwapRequestTest {

    private static final String EVENING = "2026-11-24T18:00:00+01:00";
    private static final String MORNING = "2026-11-25T08:00:00+01:00";

    @Test
    void aSwapTakesEffectOnlyOnceACoordinatorApprovesIt() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        putOnCall(anna, hospital, EVENING, MORNING, 1);

        String id = swap(volunteer(anna), hospital, anna, bart).statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract().path("id");
        onCall(hospital).body("volunteers.volunteerId", contains(anna.toString()));

        given().auth().oauth2(coordinator())
                .when().post("/api/rota/swaps/" + id + "/approve")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("overrideId", notNullValue());
        onCall(hospital).body("volunteers.volunteerId", contains(bart.toString()))
                .body("volunteers[0].source", equalTo("OVERRIDE"));

        given().auth().oauth2(coordinator())
                .when().post("/api/rota/swaps/" + id + "/reject")
                .then().statusCode(409);
    }

    @Test
    void aRejectedSwapLeavesTheRotaAsItWas() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");
        putOnCall(anna, hospital, EVENING, MORNING, 1);
        String id = swap(volunteer(anna), hospital, anna, bart).statusCode(201).extract().path("id");

        given().auth().oauth2(coordinator())
                .when().post("/api/rota/swaps/" + id + "/reject")
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"));

        onCall(hospital).body("volunteers.volunteerId", contains(anna.toString()));
    }

    @Test
    void aVolunteerCannotAskToSwapSomeoneElsesPlaceNorApproveASwap() {
        String hospital = freshHospital();
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");

        swap(volunteer(bart), hospital, anna, bart).statusCode(403);
        String id = swap(volunteer(anna), hospital, anna, bart).statusCode(201).extract().path("id");
        given().auth().oauth2(volunteer(bart))
                .when().post("/api/rota/swaps/" + id + "/approve")
                .then().statusCode(403);
    }

    @Test
    void aSwapThatEndsBeforeItStartsNamesTheFieldAndIsNotStored() {
        UUID anna = registerVolunteer("Anna", "nl");
        UUID bart = registerVolunteer("Bart", "nl");

        given().auth().oauth2(volunteer(anna))
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", freshHospital(), "requesterId", anna.toString(),
                        "counterpartId", bart.toString(), "startsAt", MORNING, "endsAt", EVENING))
                .when().post("/api/rota/swaps")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("endsAt"));
    }

    private static ValidatableResponse swap(String token, String hospital, UUID requester, UUID counterpart) {
        return given().auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("hospitalId", hospital, "requesterId", requester.toString(),
                        "counterpartId", counterpart.toString(), "startsAt", EVENING, "endsAt", MORNING))
                .when().post("/api/rota/swaps")
                .then();
    }

    private static ValidatableResponse onCall(String hospital) {
        return given().auth().oauth2(coordinator())
                .queryParam("hospital", hospital)
                .queryParam("at", "2026-11-24T21:00:00+01:00")
                .when().get("/api/on-call")
                .then().statusCode(200);
    }
}
