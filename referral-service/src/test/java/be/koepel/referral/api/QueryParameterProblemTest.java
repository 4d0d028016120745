package be.koepel.referral.api;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform's conversion of query parameters, as every list endpoint of this service meets it. */
@QuarkusTest
class QueryParameterProblemTest {

    @Test
    void anUnreadablePageOrSizeIsABadRequestNamingTheParameter() {
        for (String parameter : new String[] {"page", "size"}) {
            given().auth().oauth2(coordinator()).queryParam(parameter, "abc").when().get("/api/referrals")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("violations.field", contains(parameter))
                    .body("violations[0].message", equalTo("must be a whole number"));
        }
        given().auth().oauth2(coordinator()).queryParam("page", "1.5").when().get("/api/personal-data-accesses")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("page"));
    }

    @Test
    void pageAndSizeOutsideTheirBoundsAreStillBadRequestsNamingTheField() {
        given().auth().oauth2(coordinator()).queryParam("page", -1).when().get("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("page"));
        given().auth().oauth2(coordinator()).queryParam("size", 201).when().get("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("size"));
        given().auth().oauth2(coordinator()).queryParam("page", 0).queryParam("size", 200).when().get("/api/referrals")
                .then().statusCode(200).body("size", equalTo(200));
    }

    @Test
    void anEmptyFilterFiltersByNothingAndAnUnreadableIdIsABadRequest() {
        given().auth().oauth2(coordinator()).queryParam("referralId", "").when().get("/api/personal-data-accesses")
                .then().statusCode(200);
        given().auth().oauth2(coordinator()).queryParam("referralId", UUID.randomUUID()).when().get("/api/personal-data-accesses")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(coordinator()).queryParam("referralId", "12-34").when().get("/api/personal-data-accesses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("referralId"))
                .body("violations[0].message", equalTo("must be a UUID"));
    }

    @Test
    void anUnknownPathOrAnIdThatIsNoUuidInThePathIsStillNotFound() {
        given().auth().oauth2(coordinator()).when().get("/api/no-such-things").then().statusCode(404);
        given().auth().oauth2(coordinator()).queryParam("page", "abc").when().get("/api/no-such-things").then().statusCode(404);
        given().auth().oauth2(coordinator()).when().get("/api/referrals/not-a-uuid").then().statusCode(404);
    }
}
