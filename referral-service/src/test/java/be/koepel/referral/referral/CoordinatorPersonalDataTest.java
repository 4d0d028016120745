package be.koepel.referral.referral;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.partner;
import static be.koepel.testing.Tokens.referrer;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import be.koepel.testing.Tokens;
import be.koepel.testing.UniqueDigits;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoordinatorPersonalDataTest {

    private static final String GP = "huisartsen-kasterlee";

    @Test
    void aCoordinatorReadsThePersonsContactDataWithAReasonAndTheReadIsAudited() {
        UUID id = postGpReferral();

        given().auth().oauth2(coordinator()).queryParam("reason", "peer ziek, coördinator belt zelf")
                .when().get("/api/referrals/" + id + "/personal-data")
                .then().statusCode(200)
                .body("person.firstName", equalTo("Mieke"))
                .body("person.lastName", equalTo("Maes"))
                .body("person.familyContacts[0].relation", equalTo("broer"));

        List<PersonalDataAccess> audit = QuarkusTransaction.requiringNew().call(() ->
                PersonalDataAccess.<PersonalDataAccess>list("referralId", id));
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.role).isEqualTo("coordinator");
            assertThat(a.accessedBy).isEqualTo("coordinator");
            assertThat(a.purpose).contains("peer ziek, coördinator belt zelf");
        });
    }

    @Test
    void aCoordinatorSeesTheWholeNetworkHereAsEverywhereSoATokenWithoutAnOrganisationClaimReadsToo() {
        UUID id = postGpReferral();
        // the Keycloak realm's coordinator carries no org claim: the role is what makes a coordinator
        String realmCoordinator = Tokens.token("coordinator-realm", Set.of("coordinator"), Map.of());

        given().auth().oauth2(realmCoordinator).queryParam("reason", "peer niet bereikbaar")
                .when().get("/api/referrals/" + id + "/personal-data")
                .then().statusCode(200).body("person.firstName", equalTo("Mieke"));
        given().auth().oauth2(realmCoordinator).when().get("/api/referrals/" + id).then().statusCode(200);

        assertThat(QuarkusTransaction.requiringNew().call(() ->
                PersonalDataAccess.<PersonalDataAccess>list("referralId", id))).singleElement()
                .satisfies(a -> assertThat(a.accessedBy).isEqualTo("coordinator-realm"));
    }

    @Test
    void withoutAReasonOrForAnyOtherRoleNothingIsReadOrAudited() {
        UUID id = postGpReferral();
        String path = "/api/referrals/" + id + "/personal-data";

        given().auth().oauth2(coordinator()).when().get(path)
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("reason"));
        // not even the organisation that referred the person, nor a peer, a partner or a group leader
        given().auth().oauth2(referrer(GP, "GP")).queryParam("reason", "follow-up").when().get(path).then().statusCode(403);
        given().auth().oauth2(hospital("az-turnhout")).queryParam("reason", "x").when().get(path).then().statusCode(403);
        given().auth().oauth2(volunteer(UUID.randomUUID())).queryParam("reason", "x").when().get(path).then().statusCode(403);
        given().auth().oauth2(partner("caw-de-kempen")).queryParam("reason", "x").when().get(path).then().statusCode(403);
        given().auth().oauth2(groupLeader(UUID.randomUUID())).queryParam("reason", "x").when().get(path).then().statusCode(403);
        given().queryParam("reason", "x").when().get(path).then().statusCode(401);

        assertThat(QuarkusTransaction.requiringNew().call(() -> PersonalDataAccess.count("referralId", id))).isZero();
    }

    @Test
    void erasedDataIsGone() {
        UUID id = postGpReferral();
        given().auth().oauth2(coordinator()).queryParam("reason", "on request").when()
                .delete("/api/referrals/" + id + "/personal-data").then().statusCode(204);

        given().auth().oauth2(coordinator()).queryParam("reason", "check").when()
                .get("/api/referrals/" + id + "/personal-data").then().statusCode(410);
    }

    private static UUID postGpReferral() {
        String location = given().auth().oauth2(referrer(GP, "GP")).contentType(ContentType.JSON)
                .body("""
                        {"channel": "GP",
                         "person": {"firstName": "Mieke", "lastName": "Maes", "phone": "+32 471 %d", "language": "nl"},
                         "familyInvolvement": {"contacts": [{"name": "Pieter", "relation": "broer", "phone": "+32 472 11 22 33"}]},
                         "consent": {"contactByPeer": true}}""".formatted(UniqueDigits.next()))
                .when().post("/api/referrals").then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
