package be.koepel.referral.referral;

import static be.koepel.referral.referral.FullIntakeTest.postAs;
import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.referrer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import be.koepel.testing.UniqueDigits;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DuplicatePersonTest {

    @Test
    void aSecondReferralWithTheSamePhoneNumberJoinsTheOpenTrajectoryAndIsFlaggedForTheCoordinator() {
        String digits = uniqueDigits();
        String first = postAs(referrer("huisartsen-kasterlee", "GP"), person("Jan", "+32 470 " + digits, null, null))
                .then().statusCode(201).extract().header("Location");
        String second = postAs(referrer("ocmw-turnhout", "OCMW"), person("Johan", "0470 " + digits, null, null)
                .replace("\"GP\"", "\"OCMW\"")).then().statusCode(201).extract().header("Location");

        String firstTrajectory = trajectoryOf(first);
        assertThat(trajectoryOf(second)).isEqualTo(firstTrajectory);
        given().auth().oauth2(coordinator()).when().get(first).then().body("duplicateFlag", nullValue());
        given().auth().oauth2(coordinator()).when().get(second).then()
                .body("duplicateFlag.reason", containsString("same phone number"));
        String secondId = second.substring(second.lastIndexOf('/') + 1);
        given().auth().oauth2(coordinator()).queryParam("flagged", true).queryParam("size", 200)
                .when().get("/api/referrals")
                .then().statusCode(200).body("items.id", hasItem(secondId));
    }

    @Test
    void theSameFirstNameBirthYearAndMunicipalityIsTheSamePersonEvenWithAnotherPhone() {
        String municipality = "Retie-" + uniqueDigits();
        String first = postAs(referrer("huisartsen-kasterlee", "GP"),
                person("Sofie", "+32 470 " + uniqueDigits(), 1991, municipality)).then().statusCode(201)
                .extract().header("Location");
        String second = postAs(referrer("huisartsen-kasterlee", "GP"),
                person("sofie", "+32 470 " + uniqueDigits(), 1991, municipality.toUpperCase())).then().statusCode(201)
                .extract().header("Location");
        String other = postAs(referrer("huisartsen-kasterlee", "GP"),
                person("Sofie", "+32 470 " + uniqueDigits(), 1992, municipality)).then().statusCode(201)
                .extract().header("Location");

        assertThat(trajectoryOf(second)).isEqualTo(trajectoryOf(first));
        assertThat(trajectoryOf(other)).isNotEqualTo(trajectoryOf(first));
        given().auth().oauth2(coordinator()).when().get(other).then().body("duplicateFlag", nullValue());
    }

    @Test
    void aPersonWhoseTrajectoryWasClosedGetsANewOneUnflagged() {
        String digits = uniqueDigits();
        String first = postAs(referrer("huisartsen-kasterlee", "GP"), person("Jan", "+32 470 " + digits, null, null))
                .then().statusCode(201).extract().header("Location");
        String firstTrajectory = trajectoryOf(first);
        given().auth().oauth2(coordinator()).contentType(io.restassured.http.ContentType.JSON)
                .body("{\"type\": \"CLOSED\", \"closeReason\": \"GOT_HELP\"}")
                .when().post("/api/trajectories/" + firstTrajectory + "/steps").then().statusCode(201);

        String again = postAs(referrer("huisartsen-kasterlee", "GP"), person("Jan", "0470 " + digits, null, null))
                .then().statusCode(201).extract().header("Location");

        assertThat(trajectoryOf(again)).isNotEqualTo(firstTrajectory);
        given().auth().oauth2(coordinator()).when().get(again).then().body("duplicateFlag", nullValue());
    }

    @Test
    void aReferrerSeesNeitherTheTrajectoryNorTheFlagAndListsOnlyItsOwnReferrals() {
        String digits = uniqueDigits();
        postAs(referrer("huisartsen-kasterlee", "GP"), person("Jan", "+32 470 " + digits, null, null)).then().statusCode(201);
        String second = postAs(referrer("huisartsen-kasterlee", "GP"), person("Jan", "+32 470 " + digits, null, null))
                .then().statusCode(201).extract().header("Location");

        given().auth().oauth2(referrer("huisartsen-kasterlee", "GP")).when().get(second).then().statusCode(200)
                .body("trajectoryId", nullValue()).body("duplicateFlag", nullValue());
        given().auth().oauth2(referrer("caw-de-kempen", "CAW")).queryParam("size", 200).when().get("/api/referrals")
                .then().statusCode(200)
                .body("items.organisationId", not(hasItem("huisartsen-kasterlee")));
    }

    private static String trajectoryOf(String location) {
        String trajectory = given().auth().oauth2(coordinator()).when().get(location)
                .then().statusCode(200).body("trajectoryId", notNullValue()).extract().path("trajectoryId");
        return trajectory;
    }

    private static String person(String firstName, String phone, Integer birthYear, String municipality) {
        return """
                {"channel": "GP", "person": {"firstName": "%s", "phone": "%s", "language": "nl"%s%s},
                 "consent": {"contactByPeer": true}}""".formatted(firstName, phone,
                birthYear == null ? "" : ", \"birthYear\": " + birthYear,
                municipality == null ? "" : ", \"municipality\": \"" + municipality + "\"");
    }

    /** Six digits that no other test in this run uses, so that no other referral matches by accident. */
    static String uniqueDigits() {
        return String.valueOf(UniqueDigits.next());
    }
}
