package be.koepel.group.session;

import static be.koepel.group.contactgroup.GroupFixtures.body;
import static be.koepel.group.contactgroup.GroupFixtures.groupLedBy;
import static be.koepel.group.contactgroup.GroupFixtures.weeklyGroupLedBy;
import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static be.koepel.testing.Tokens.partner;
import static be.koepel.testing.Tokens.referrer;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionManagementTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter UTC_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Test
    void aLeaderCancelsASessionWithAReasonAndItStaysCancelled() {
        UUID leader = UUID.randomUUID();
        UUID group = weeklyGroupLedBy(leader, "Herentals");
        String session = firstSession(group);

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "Zaal niet beschikbaar"}""")
                .when().post("/api/groups/" + group + "/sessions/" + session + "/cancellation")
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("reason", equalTo("Zaal niet beschikbaar"));

        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + session)
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    /** A reason may name someone or their health: behind the login too, it is for the group's leaders. */
    @Test
    void theGroupsLeadersAndTheCoordinatorsReadWhyASessionWasCancelledOthersOnlyThatItWas() {
        UUID leader = UUID.randomUUID();
        UUID group = weeklyGroupLedBy(leader, "Balen");
        String session = firstSession(group);
        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "Jan ligt in het ziekenhuis"}""")
                .when().post("/api/groups/" + group + "/sessions/" + session + "/cancellation")
                .then().statusCode(200);

        for (String reader : List.of(groupLeader(leader), coordinator())) {
            given().auth().oauth2(reader)
                    .when().get("/api/groups/" + group + "/sessions/" + session)
                    .then().statusCode(200)
                    .body("reason", equalTo("Jan ligt in het ziekenhuis"));
            given().auth().oauth2(reader)
                    .when().get("/api/groups/" + group + "/sessions")
                    .then().statusCode(200)
                    .body("items.find { it.id == '%s' }.reason".formatted(session), equalTo("Jan ligt in het ziekenhuis"));
        }
        for (String outsider : List.of(groupLeader(UUID.randomUUID()), volunteer(UUID.randomUUID()),
                referrer("ocmw-mol", "OCMW"), partner("drughulp"))) {
            given().auth().oauth2(outsider)
                    .when().get("/api/groups/" + group + "/sessions/" + session)
                    .then().statusCode(200)
                    .body("status", equalTo("CANCELLED"))
                    .body(not(containsString("ziekenhuis")));
            given().auth().oauth2(outsider)
                    .when().get("/api/groups/" + group + "/sessions")
                    .then().statusCode(200)
                    .body("items.find { it.id == '%s' }.status".formatted(session), equalTo("CANCELLED"))
                    .body(not(containsString("ziekenhuis")));
        }
    }

    @Test
    void aCancellationWithoutReasonIsRefusedNamingTheField() {
        UUID leader = UUID.randomUUID();
        UUID group = weeklyGroupLedBy(leader, "Grobbendonk");
        String session = firstSession(group);

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("{}")
                .when().post("/api/groups/" + group + "/sessions/" + session + "/cancellation")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));

        given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + session)
                .then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void aMovedSessionKeepsItsPlaceWhenThePatternIsGeneratedAgain() {
        UUID leader = UUID.randomUUID();
        UUID group = weeklyGroupLedBy(leader, "Vorselaar");
        String session = firstSession(group);
        OffsetDateTime start = OffsetDateTime.parse(given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + session)
                .then().extract().path("startsAt"));
        OffsetDateTime later = start.plusDays(1);

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"startsAt": "%s", "endsAt": "%s", "reason": "Feestdag"}"""
                        .formatted(later, later.plusHours(2)))
                .when().post("/api/groups/" + group + "/sessions/" + session + "/move")
                .then().statusCode(200)
                .body("moved", equalTo(true))
                .body("reason", equalTo("Feestdag"));

        // an edit that changes the pattern plans anew, but leaves the moved session alone
        given().auth().oauth2(coordinator())
                .contentType(ContentType.JSON)
                .body(body("Vorselaar", leader, """
                        {"weekday": "THURSDAY", "startTime": "19:30", "endTime": "21:30"}"""))
                .when().put("/api/groups/" + group)
                .then().statusCode(200);

        List<String> ids = given().auth().oauth2(coordinator()).queryParam("size", 200)
                .when().get("/api/groups/" + group + "/sessions")
                .then().extract().jsonPath().getList("items.id", String.class);
        List<String> weekdays = given().auth().oauth2(coordinator()).queryParam("size", 200)
                .when().get("/api/groups/" + group + "/sessions")
                .then().extract().jsonPath().getList("items.findAll { !it.moved }.startsAt", String.class)
                .stream().map(s -> OffsetDateTime.parse(s).getDayOfWeek().name()).distinct().toList();
        assertThat(ids).contains(session);
        assertThat(weekdays).containsExactly("THURSDAY");
    }

    /**
     * Whichever clock change comes next: the session moves to the same weekday just after it, at the
     * same local time. The API shows 19:30 with the new offset, and the feed, written in UTC, the
     * instant of 19:30 on the new date, not the old offset's.
     */
    @Test
    void aSessionMovedAcrossTheClockChangeKeepsItsLocalTimeInTheApiAndTheCalendarFeed() {
        UUID leader = UUID.randomUUID();
        UUID group = weeklyGroupLedBy(leader, "Dessel");
        String session = firstSession(group);
        OffsetDateTime before = OffsetDateTime.parse(given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + session)
                .then().extract().path("startsAt"));
        ZoneOffsetTransition change = BRUSSELS.getRules().nextTransition(before.toInstant());
        LocalDate after = LocalDate.ofInstant(change.getInstant(), BRUSSELS)
                .with(TemporalAdjusters.next(before.getDayOfWeek()));
        OffsetDateTime movedTo = ZonedDateTime.of(after, before.toLocalTime(), BRUSSELS).toOffsetDateTime();
        assertThat(movedTo.getOffset()).as("the move crosses a clock change").isNotEqualTo(before.getOffset());

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"startsAt": "%s", "endsAt": "%s", "reason": "Zaal pas vrij na de paasvakantie"}"""
                        .formatted(movedTo, movedTo.plusHours(2)))
                .when().post("/api/groups/" + group + "/sessions/" + session + "/move")
                .then().statusCode(200);

        OffsetDateTime shown = OffsetDateTime.parse(given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions/" + session)
                .then().statusCode(200)
                .body("moved", equalTo(true))
                .extract().path("startsAt"));
        assertThat(shown).isEqualTo(movedTo);
        assertThat(shown.toLocalTime()).isEqualTo(LocalTime.of(19, 30));

        String feed = given().header("X-Forwarded-For", "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255))
                .when().get("/api/public/groups/" + group + "/calendar.ics")
                .then().statusCode(200)
                .extract().asString();
        String movedEvent = event(feed, session);
        assertThat(movedEvent).contains("DTSTART:" + UTC_STAMP.format(movedTo) + "\r\n",
                "DTEND:" + UTC_STAMP.format(movedTo.plusHours(2)) + "\r\n");
        // keeping the old offset would have put it an hour off in every calendar
        OffsetDateTime oldOffset = after.atTime(before.toLocalTime()).atOffset(before.getOffset());
        assertThat(movedEvent).doesNotContain("DTSTART:" + UTC_STAMP.format(oldOffset));
    }

    /** The VEVENT of one session in an iCal feed. */
    private static String event(String feed, String session) {
        return Arrays.stream(feed.split("BEGIN:VEVENT"))
                .filter(block -> block.contains("UID:" + session + "@koepel.be"))
                .findFirst().orElseThrow(() -> new AssertionError("no event for session " + session + " in\n" + feed));
    }

    @Test
    void aMoveThatEndsBeforeItStartsIsRefusedNamingTheField() {
        UUID leader = UUID.randomUUID();
        UUID group = weeklyGroupLedBy(leader, "Nijlen");
        String session = firstSession(group);
        OffsetDateTime start = OffsetDateTime.now(BRUSSELS).plusDays(2);

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"startsAt": "%s", "endsAt": "%s", "reason": "Feestdag"}"""
                        .formatted(start, start.minusHours(1)))
                .when().post("/api/groups/" + group + "/sessions/" + session + "/move")
                .then().statusCode(400)
                .body("violations.field", hasItem("endsAt"));
    }

    @Test
    void aLeaderAddsAOneOffSessionToTheirGroupButNotToAnotherGroup() {
        UUID leader = UUID.randomUUID();
        UUID group = groupLedBy(leader, "Westerlo");
        UUID other = groupLedBy(UUID.randomUUID(), "Hulshout");
        // zoned, so that a clock change within the ten days gives the offset the service will answer with
        OffsetDateTime start = ZonedDateTime.now(BRUSSELS).plusDays(10).truncatedTo(ChronoUnit.DAYS).withHour(14)
                .toOffsetDateTime();
        String oneOff = """
                {"startsAt": "%s", "endsAt": "%s", "reason": "Extra bijeenkomst voor de feestdagen"}"""
                .formatted(start, start.plusHours(2));

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON).body(oneOff)
                .when().post("/api/groups/" + group + "/sessions")
                .then().statusCode(201)
                .body("origin", equalTo("ONE_OFF"))
                .body("startsAt", equalTo(start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));

        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON).body(oneOff)
                .when().post("/api/groups/" + other + "/sessions")
                .then().statusCode(403);

        given().auth().oauth2(coordinator()).queryParam("size", 200)
                .when().get("/api/groups/" + other + "/sessions")
                .then().body("items.origin", not(hasItem("ONE_OFF")));
    }

    @Test
    void eachGroupHasAnICalFeedThatNeedsNoLogin() {
        UUID leader = UUID.randomUUID();
        UUID group = weeklyGroupLedBy(leader, "Herselt");
        String session = firstSession(group);
        given().auth().oauth2(groupLeader(leader))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "Zaal niet beschikbaar"}""")
                .when().post("/api/groups/" + group + "/sessions/" + session + "/cancellation")
                .then().statusCode(200);

        given().when().get("/api/public/groups/" + group + "/calendar.ics")
                .then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .body(containsString("BEGIN:VCALENDAR"))
                .body(containsString("UID:" + session + "@koepel.be"))
                .body(containsString("STATUS:CANCELLED"))
                .body(containsString("LOCATION:Markt 1\\, 2440 Herselt"));

        given().when().get("/api/public/groups/" + UUID.randomUUID() + "/calendar.ics")
                .then().statusCode(404);
    }

    static String firstSession(UUID group) {
        return given().auth().oauth2(coordinator())
                .when().get("/api/groups/" + group + "/sessions")
                .then().statusCode(200)
                .extract().path("items[0].id");
    }
}
