package be.koepel.group.session;

import static be.koepel.group.contactgroup.GroupFixtures.weeklyGroupLedBy;
import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import be.koepel.group.time.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions stay generated three months ahead as time passes, and a weekly 19:30 stays 19:30 local
 * on both sides of the spring clock change, in the database and the API, not only in the pattern.
 */
@QuarkusTest
class SessionHorizonTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final int MONTHS_AHEAD = 3;

    @Inject
    MovableClock clock;

    @Inject
    SessionHorizon horizon;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void asTimePassesTheHorizonRollsForwardAndEverySessionAcrossTheClockChangeStartsAt1930Local() {
        // a month before next year's spring change (the last Sunday of March), so the three months cross it
        LocalDate change = Year.now(BRUSSELS).plusYears(1).atMonth(3).atEndOfMonth()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        ZonedDateTime before = change.minusWeeks(4).atTime(LocalTime.NOON).atZone(BRUSSELS);
        clock.moveTo(before.toInstant());
        UUID group = weeklyGroupLedBy(UUID.randomUUID(), "Meerhout");

        List<OffsetDateTime> planned = starts(group, before);
        assertThat(planned).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(19, 30)));
        assertThat(planned.stream().map(OffsetDateTime::getOffset).distinct())
                .containsExactly(ZoneOffset.ofHours(1), ZoneOffset.ofHours(2));
        assertLastIsWithinAWeekOf(planned, before.toLocalDate().plusMonths(MONTHS_AHEAD));

        ZonedDateTime later = before.plusMonths(2);
        clock.moveTo(later.toInstant());
        assertThat(horizon.rollForward()).isPositive();

        List<OffsetDateTime> rolled = starts(group, before);
        assertThat(rolled).startsWith(planned.toArray(OffsetDateTime[]::new)).doesNotHaveDuplicates();
        assertLastIsWithinAWeekOf(rolled, later.toLocalDate().plusMonths(MONTHS_AHEAD));
        assertThat(rolled).allSatisfy(start -> {
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(19, 30));
        });
    }

    /** A weekly group's last session falls in the last week up to the horizon, that day included. */
    private static void assertLastIsWithinAWeekOf(List<OffsetDateTime> starts, LocalDate horizonDay) {
        assertThat(starts.get(starts.size() - 1).toLocalDate()).isBeforeOrEqualTo(horizonDay).isAfter(horizonDay.minusWeeks(1));
    }

    private static List<OffsetDateTime> starts(UUID group, ZonedDateTime from) {
        return given().auth().oauth2(coordinator())
                .queryParam("from", from.toOffsetDateTime().toString()).queryParam("size", 100)
                .when().get("/api/groups/" + group + "/sessions")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.startsAt", String.class).stream()
                .map(OffsetDateTime::parse).toList();
    }
}
