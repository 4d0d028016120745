package be.koepel.referral.api;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

/**
 * The platform's conversion of query parameters for the types this service's own endpoints do not
 * take, through an endpoint that exists in the tests only.
 */
@QuarkusTest
class QueryParameterTypesTest {

    enum Colour { RED, GREEN }

    @Path("/test/query-parameter-types")
    @RolesAllowed(Roles.COORDINATOR)
    public static class Echo {

        @GET
        @Operation(hidden = true) // a test's endpoint, not part of the API
        public String echo(@QueryParam("at") Instant at, @QueryParam("on") LocalDate on, @QueryParam("count") long count,
                @RestQuery("id") UUID id, @QueryParam("colour") Colour colour) {
            return at + " " + on + " " + count + " " + id + " " + colour;
        }
    }

    @Test
    void readableValuesOfEveryTypeArriveConverted() {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(coordinator()).queryParam("at", "2026-01-01T10:00:00Z").queryParam("on", "2026-01-01")
                .queryParam("count", 3).queryParam("id", id).queryParam("colour", "GREEN")
                .when().get("/test/query-parameter-types")
                .then().statusCode(200).body(equalTo("2026-01-01T10:00:00Z 2026-01-01 3 " + id + " GREEN"));
    }

    @Test
    void anUnreadableValueOfEveryTypeIsABadRequestNamingItsParameter() {
        String[][] cases = {{"at", "yesterday"}, {"on", "2026-13-01"}, {"count", "many"}, {"id", "nope"}, {"colour", "BLUE"}};
        for (String[] bad : cases) {
            given().auth().oauth2(coordinator()).queryParam(bad[0], bad[1]).when().get("/test/query-parameter-types")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", contains(bad[0]));
        }
    }
}
