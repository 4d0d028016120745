package be.koepel.group.contactgroup;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import be.koepel.testing.KoepelTestResource;
import be.koepel.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KoepelTestResource.class, initArgs = @ResourceArg(name = "service", value = "group"))
class ContactGroupResourceTest {

    @Test
    void aCoordinatorStartsAGroupThatEveryoneSignedInCanFind() {
        String location = given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Contactgroep Turnhout", "municipality": "Turnhout"}""")
                .when().post("/api/groups")
                .then().statusCode(201)
                .body("name", equalTo("Contactgroep Turnhout"))
                .extract().header("Location");

        given().auth().oauth2(volunteer(UUID.randomUUID()))
                .when().get(location)
                .then().statusCode(200)
                .body("municipality", equalTo("Turnhout"));

        given().auth().oauth2(hospital("az-turnhout"))
                .queryParam("size", 200)
                .when().get("/api/groups")
                .then().statusCode(200)
                .body("items.name", hasItem("Contactgroep Turnhout"));
    }

    @Test
    void aGroupWithoutNameOrMunicipalityIsRefusedWithEachFieldNamed() {
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": " "}""")
                .when().post("/api/groups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("name", "municipality"));

        given().auth().oauth2(coordinator())
                .queryParam("size", 200)
                .when().get("/api/groups")
                .then().statusCode(200)
                .body("items.name", not(hasItem(" ")));
    }

    @Test
    void onlyACoordinatorMayStartAGroup() {
        given().auth().oauth2(volunteer(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Contactgroep Geel", "municipality": "Geel"}""")
                .when().post("/api/groups")
                .then().statusCode(403);
    }

    @Test
    void withoutAValidTokenNothingIsShown() {
        given().when().get("/api/groups").then().statusCode(401);
        given().auth().oauth2(Tokens.fromForeignIssuer("az-turnhout"))
                .when().get("/api/groups").then().statusCode(401);
    }

    @Test
    void anUnknownGroupIsAProblemNotAnEmptyPage() {
        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("does not exist"));
    }
}
