package be.koepel.group.directory;

import static be.koepel.group.contactgroup.GroupFixtures.groupLedBy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectoryResourceTest {

    @Inject
    DirectoryConfig config;

    @Test
    void theDirectoryNeedsNoLoginAndShowsEachGroupsVenueWelcomeAndNextSessionsInHsdsShape() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Turnhout");
        String service = "services.find { it.id == '%s' }".formatted(group);

        given().header("X-Forwarded-For", anAddress())
                .when().get("/api/public/groups")
                .then().statusCode(200)
                .contentType("application/json")
                .body("organization.name", equalTo("Koepel"))
                .body(service + ".status", equalTo("active"))
                .body(service + ".organization_id", notNullValue())
                .body(service + ".service_at_locations[0].location.addresses[0].address_1",
                        equalTo("Markt 1, 2440 Turnhout"))
                .body(service + ".service_at_locations[0].location.addresses[0].city", equalTo("Turnhout"))
                .body(service + ".service_at_locations[0].location.accessibility[0].description",
                        containsString("Rolstoeltoegankelijk"))
                .body(service + ".schedules[0].freq", equalTo("MONTHLY"))
                .body(service + ".schedules[0].byday", equalTo("2TU,4TU"))
                .body(service + ".schedules[0].opens_at", equalTo("19:30"))
                .body(service + ".x_welcome", containsInAnyOrder("PERSONS", "FAMILY", "PROFESSIONALS"))
                .body(service + ".x_next_sessions.size()", equalTo(config.nextSessions()))
                .body(service + ".x_next_sessions[0].starts_at", containsString("T19:30:00+0"))
                .body(not(containsString(leader.toString())));
    }

    @Test
    void anUnchangedDirectoryAnswers304ToItsETagAndAChangeGivesANewOne() {
        String address = anAddress();
        String etag = given().header("X-Forwarded-For", address)
                .when().get("/api/public/groups")
                .then().statusCode(200)
                .header("Cache-Control", containsString("max-age=" + config.maxAge().toSeconds()))
                .extract().header("ETag");

        given().header("X-Forwarded-For", address).header("If-None-Match", etag)
                .when().get("/api/public/groups")
                .then().statusCode(304);

        groupLedBy(UUID.randomUUID(), "Oud-Turnhout");

        given().header("X-Forwarded-For", address).header("If-None-Match", etag)
                .when().get("/api/public/groups")
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void aClientThatAsksTooOftenGets429WithRetryAfterWhileOthersAreServed() {
        String address = anAddress();
        for (int i = 0; i < config.requestsPerWindow(); i++) {
            given().header("X-Forwarded-For", address)
                    .when().get("/api/public/groups")
                    .then().statusCode(200);
        }

        given().header("X-Forwarded-For", address)
                .when().get("/api/public/groups")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());

        given().header("X-Forwarded-For", anAddress())
                .when().get("/api/public/groups")
                .then().statusCode(200);
    }

    @Test
    void theCalendarFeedsShareTheDirectorysLimitSoAClientCannotReadAroundIt() {
        UUID group = groupLedBy(UUID.randomUUID(), "Zandhoven");
        String address = anAddress();
        for (int i = 0; i < config.requestsPerWindow() - 1; i++) {
            given().header("X-Forwarded-For", address)
                    .when().get("/api/public/groups")
                    .then().statusCode(200);
        }
        given().header("X-Forwarded-For", address)
                .when().get("/api/public/groups/" + group + "/calendar.ics")
                .then().statusCode(200);

        given().header("X-Forwarded-For", address)
                .when().get("/api/public/groups/" + group + "/calendar.ics")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", anAddress())
                .when().get("/api/public/groups/" + group + "/calendar.ics")
                .then().statusCode(200);
    }

    /** A documentation address (RFC 5737) per test, so that the tests' rate limits are their own. */
    private static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
    }
}
