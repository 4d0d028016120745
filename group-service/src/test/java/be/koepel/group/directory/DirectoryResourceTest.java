package be.koepel.group.directory;

import static be.koepel.group.contactgroup.GroupFixtures.body;
import static be.koepel.group.contactgroup.GroupFixtures.groupLedBy;
import static be.koepel.group.contactgroup.GroupFixtures.weeklyGroupLedBy;
import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectoryResourceTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    DirectoryConfig config;

    @Test
    void theDirectoryNeedsNoLoginAndShowsEachGroupsVenueWelcomeAndNextSessionsInHsdsShape() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Turnhout");
        String service = "services.find { it.id == '%s' }".formatted(group);
        String location = service + ".service_at_locations[0].location";

        given().header("X-Forwarded-For", anAddress())
                .when().get("/api/public/groups")
                .then().statusCode(200)
                .contentType("application/json")
                .body("organization.name", equalTo("Koepel"))
                .body("organization.id", notNullValue())
                .body("organization.description", notNullValue())
                .body(service + ".name", startsWith("Contactgroep Turnhout"))
                .body(service + ".status", equalTo("active"))
                .body(service + ".organization_id", notNullValue())
                .body(service + ".eligibility_description", containsString("family and friends"))
                .body(service + ".languages.code", contains("en", "nl"))
                .body(service + ".languages.id", everyItem(notNullValue()))
                .body(service + ".service_at_locations[0].id", notNullValue())
                .body(location + ".id", notNullValue())
                .body(location + ".location_type", equalTo("physical"))
                .body(location + ".name", equalTo("Ontmoetingscentrum"))
                .body(location + ".addresses[0].id", notNullValue())
                .body(location + ".addresses[0].address_1", equalTo("Markt 1, 2440 Turnhout"))
                .body(location + ".addresses[0].city", equalTo("Turnhout"))
                .body(location + ".addresses[0].country", equalTo("BE"))
                .body(location + ".addresses[0].address_type", equalTo("physical"))
                .body(location + ".accessibility[0].id", notNullValue())
                .body(location + ".accessibility[0].description", containsString("Rolstoeltoegankelijk"))
                .body(service + ".schedules[0].id", notNullValue())
                .body(service + ".schedules[0].freq", equalTo("MONTHLY"))
                .body(service + ".schedules[0].byday", equalTo("2TU,4TU"))
                .body(service + ".schedules[0].opens_at", equalTo("19:30"))
                .body(service + ".schedules[0].closes_at", equalTo("21:30"))
                .body(service + ".schedules[0].schedule_link",
                        allOf(startsWith("http"), endsWith("/api/public/groups/" + group + "/calendar.ics")))
                .body(service + ".x_welcome", containsInAnyOrder("PERSONS", "FAMILY", "PROFESSIONALS"))
                .body(service + ".x_next_sessions.size()", equalTo(config.nextSessions()))
                .body(service + ".x_next_sessions[0].starts_at", containsString("T19:30:00+0"))
                .body(not(containsString(leader.toString())));
    }

    /** Names as HSDS 3.0 spells them, and the {@code x_} extensions; anything else would be a leak or a typo. */
    @Test
    void eachServiceHasOnlyHsdsFieldsAndItsExtensionsAndTheSameIdsOnEveryRequest() {
        UUID group = groupLedBy(UUID.randomUUID(), "Kasterlee");
        String service = "services.find { it.id == '%s' }".formatted(group);
        JsonPath first = directory();
        JsonPath second = directory();

        Map<String, Object> entry = first.getMap(service);
        assertThat(entry.keySet()).contains("id", "name", "status").isSubsetOf("id", "organization_id", "name",
                "description", "status", "eligibility_description", "languages", "service_at_locations", "schedules",
                "x_welcome", "x_method", "x_municipality", "x_next_sessions", "x_calendar_url");
        assertThat(first.getMap(service + ".service_at_locations[0]").keySet()).containsOnly("id", "location");
        assertThat(first.getMap(service + ".service_at_locations[0].location").keySet())
                .contains("id", "location_type").isSubsetOf("id", "location_type", "name", "addresses", "accessibility");
        assertThat(first.getMap(service + ".service_at_locations[0].location.addresses[0]").keySet())
                .containsOnly("id", "address_1", "city", "country", "address_type");
        assertThat(first.getMap(service + ".service_at_locations[0].location.accessibility[0]").keySet())
                .containsOnly("id", "description");
        assertThat(first.getMap(service + ".languages[0]").keySet()).containsOnly("id", "code");
        assertThat(first.getMap(service + ".schedules[0]").keySet()).contains("id").isSubsetOf("id", "freq", "byday",
                "opens_at", "closes_at", "valid_from", "valid_to", "description", "schedule_link", "x_timezone");
        assertThat(first.getMap(service + ".x_next_sessions[0]").keySet())
                .isSubsetOf("starts_at", "ends_at", "status", "note");
        assertThat(second.getMap(service)).isEqualTo(entry);
    }

    @Test
    void aPausedGroupIsListedAsTemporarilyClosed() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Lichtaart");
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(body("Lichtaart", leader, """
                        {"weekday": "TUESDAY", "weeksOfMonth": [2, 4], "startTime": "19:30", "endTime": "21:30"}""")
                        .replace("\"capacity\": 15", "\"capacity\": 15, \"status\": \"PAUSED\""))
                .when().put("/api/groups/" + group)
                .then().statusCode(200);

        assertThat(directory().getString("services.find { it.id == '%s' }.status".formatted(group)))
                .isEqualTo("temporarily closed");
    }

    /**
     * What is recorded about people stays behind the login: the directory and the calendar feed show
     * neither the leaders, nor the partners' contacts, nor who came or how many.
     */
    @Test
    void neitherTheDirectoryNorTheCalendarTellsAnythingAboutLeadersPartnersOrAttendance() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Dessel");
        UUID trajectory = UUID.randomUUID();
        OffsetDateTime start = OffsetDateTime.now(BRUSSELS).minusDays(2).truncatedTo(ChronoUnit.HOURS);
        String session = given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"startsAt": "%s", "endsAt": "%s"}""".formatted(start, start.plusHours(2)))
                .when().post("/api/groups/" + group + "/sessions")
                .then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"trajectoryIds": ["%s"], "otherPersons": 7,
                         "family": {"firstNames": ["Griet"], "count": 1},
                         "professionals": {"firstNames": ["Wannes"], "count": 1}}""".formatted(trajectory))
                .when().put("/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(200);

        String directory = given().header("X-Forwarded-For", anAddress())
                .when().get("/api/public/groups")
                .then().statusCode(200)
                .extract().asString();
        String calendar = given().header("X-Forwarded-For", anAddress())
                .when().get("/api/public/groups/" + group + "/calendar.ics")
                .then().statusCode(200)
                .body(containsString("UID:" + session + "@koepel.be"))
                .extract().asString();

        for (String published : List.of(directory, calendar)) {
            assertThat(published).doesNotContain(leader.toString(), trajectory.toString(), "Griet", "Wannes",
                    "onthaal@caw.example", "CAW De Kempen", "leaders", "partners", "attendance", "trajectory");
        }
        JsonPath json = JsonPath.from(directory);
        assertThat(json.getMap("services.find { it.id == '%s' }".formatted(group)).keySet())
                .doesNotContain("total", "capacity", "otherPersons");
    }

    /**
     * A leader's reason is free text and may name someone or their health; what is said in the group
     * stays in the group. The public learns only that a session is cancelled, or moved and to when.
     */
    @Test
    void theDirectoryAndTheCalendarSayASessionIsCancelledOrMovedAndToWhenButNeverTheLeadersReason() {
        UUID leader = UUID.randomUUID();
        UUID group = weeklyGroupLedBy(leader, "Mol");
        // the directory shows sessions still to start, so not one that may be under way now
        List<String> sessions = given().auth().oauth2(coordinator())
                .queryParam("from", OffsetDateTime.now(BRUSSELS).plusHours(3).toString())
                .when().get("/api/groups/" + group + "/sessions")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        String cancelled = sessions.get(0);
        String moved = sessions.get(1);
        OffsetDateTime cancelledStart = OffsetDateTime.parse(given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + cancelled)
                .then().extract().path("startsAt"));
        String cancelReason = "Jan ligt in het ziekenhuis";
        String moveReason = "Els haar behandeling loopt uit";
        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "%s"}""".formatted(cancelReason))
                .when().post("/api/groups/" + group + "/sessions/" + cancelled + "/cancellation")
                .then().statusCode(200);
        OffsetDateTime was = OffsetDateTime.parse(given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + moved)
                .then().extract().path("startsAt"));
        ZonedDateTime movedTo = was.atZoneSameInstant(BRUSSELS).plusDays(1);
        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"startsAt": "%s", "endsAt": "%s", "reason": "%s"}"""
                        .formatted(movedTo.toOffsetDateTime(), movedTo.plusHours(2).toOffsetDateTime(), moveReason))
                .when().post("/api/groups/" + group + "/sessions/" + moved + "/move")
                .then().statusCode(200);
        String toWhen = "This session has moved to "
                + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'from' HH:mm", Locale.ENGLISH).format(movedTo)
                + " to " + DateTimeFormatter.ofPattern("HH:mm").format(movedTo.plusHours(2)) + ".";

        String directory = given().header("X-Forwarded-For", anAddress())
                .when().get("/api/public/groups")
                .then().statusCode(200)
                .extract().asString();
        // unfolded, so that a reason folded over two lines would still be found
        String calendar = given().header("X-Forwarded-For", anAddress())
                .when().get("/api/public/groups/" + group + "/calendar.ics")
                .then().statusCode(200)
                .extract().asString().replace("\r\n ", "");

        for (String published : List.of(directory, calendar)) {
            assertThat(published).doesNotContain(cancelReason, moveReason, "ziekenhuis", "behandeling");
        }
        // found by start, not by position: on the group's own weekday a session starting within 3 h
        // is listed by the directory but was not among the sessions picked above
        List<Map<String, Object>> listed = JsonPath.from(directory)
                .getList("services.find { it.id == '%s' }.x_next_sessions".formatted(group));
        assertThat(startingAt(listed, cancelledStart.toInstant()))
                .containsEntry("status", "CANCELLED")
                .containsEntry("note", "This session is cancelled.");
        assertThat(startingAt(listed, movedTo.toInstant())).containsEntry("note", toWhen);
        assertThat(calendar).contains("DESCRIPTION:This session is cancelled.\r\nSTATUS:CANCELLED\r\n",
                "DESCRIPTION:" + toWhen + "\r\nSTATUS:CONFIRMED\r\n");
    }

    private static JsonPath directory() {
        return given().header("X-Forwarded-For", anAddress())
                .when().get("/api/public/groups")
                .then().statusCode(200)
                .extract().jsonPath();
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

    private static Map<String, Object> startingAt(List<Map<String, Object>> sessions, Instant start) {
        return sessions.stream()
                .filter(s -> OffsetDateTime.parse((String) s.get("starts_at")).toInstant().equals(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session listed at " + start + " in " + sessions));
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /**
     * A documentation address (RFC 5737) of its own per call, counted rather than drawn, so that no
     * test meets another test's rate limit.
     */
    private static String anAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 254) + "." + (1 + n % 254);
    }
}
