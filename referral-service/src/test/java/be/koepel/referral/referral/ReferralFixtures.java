package be.koepel.referral.referral;

import static be.koepel.testing.Tokens.hospital;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

final class ReferralFixtures {

    private ReferralFixtures() {
    }

    /** Posts an ER referral through the API, as a hospital would, and returns its id. */
    static UUID postErReferral(String hospitalId) {
        String location = given().auth().oauth2(hospital(hospitalId))
                .contentType(ContentType.JSON).body(ReferralIntakeTest.ER_REFERRAL)
                .when().post("/api/referrals")
                .then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
