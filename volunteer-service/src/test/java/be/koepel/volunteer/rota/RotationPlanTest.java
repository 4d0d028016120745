package be.koepel.volunteer.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RotationPlanTest {

    private static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BART = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID CHRIS = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void dailyParticipantsTakeTurnsInOrderFromTheFirstHandOff() {
        RotationPlan plan = daily(LocalTime.of(8, 0), LocalDate.of(2026, 11, 23), ANNA, BART, CHRIS);

        assertEquals(ANNA, who(plan, "2026-11-23T08:00:00+01:00"));
        assertEquals(ANNA, who(plan, "2026-11-24T07:59:59+01:00"));
        assertEquals(BART, who(plan, "2026-11-24T08:00:00+01:00"));
        assertEquals(CHRIS, who(plan, "2026-11-25T21:00:00+01:00"));
        assertEquals(ANNA, who(plan, "2026-11-26T08:00:00+01:00"));
    }

    @Test
    void beforeTheFirstHandOffNobodyIsOnCall() {
        RotationPlan plan = daily(LocalTime.of(8, 0), LocalDate.of(2026, 11, 23), ANNA, BART);

        assertTrue(plan.turnAt(at("2026-11-23T07:59:59+01:00")).isEmpty());
    }

    @Test
    void onTheSpringForwardDayTheHandOffStaysAtEightOnTheClockAndTheNightTurnLasts23Hours() {
        // 2026-03-29: at 02:00 CET the clocks go to 03:00 CEST.
        RotationPlan plan = daily(LocalTime.of(8, 0), LocalDate.of(2026, 3, 28), ANNA, BART);

        assertEquals(ANNA, who(plan, "2026-03-29T07:59:00+02:00"));
        assertEquals(BART, who(plan, "2026-03-29T08:00:00+02:00"));
        RotationPlan.Turn anna = plan.turnAt(at("2026-03-29T03:30:00+02:00")).orElseThrow();
        assertEquals(at("2026-03-28T08:00:00+01:00"), anna.startsAt());
        assertEquals(at("2026-03-29T08:00:00+02:00"), anna.endsAt());
        assertEquals(Duration.ofHours(23), Duration.between(anna.startsAt(), anna.endsAt()));
    }

    @Test
    void onTheFallBackDayTheHandOffStaysAtEightOnTheClockAndTheNightTurnLasts25Hours() {
        // 2026-10-25: at 03:00 CEST the clocks go back to 02:00 CET.
        RotationPlan plan = daily(LocalTime.of(8, 0), LocalDate.of(2026, 10, 24), ANNA, BART);

        assertEquals(ANNA, who(plan, "2026-10-25T07:59:00+01:00"));
        assertEquals(BART, who(plan, "2026-10-25T08:00:00+01:00"));
        RotationPlan.Turn anna = plan.turnAt(at("2026-10-25T02:30:00+01:00")).orElseThrow();
        assertEquals(at("2026-10-24T08:00:00+02:00"), anna.startsAt());
        assertEquals(at("2026-10-25T08:00:00+01:00"), anna.endsAt());
        assertEquals(Duration.ofHours(25), Duration.between(anna.startsAt(), anna.endsAt()));
    }

    @Test
    void aHandOffTimeThatDoesNotExistOnTheSpringForwardDayHappensAnHourLater() {
        RotationPlan plan = daily(LocalTime.of(2, 30), LocalDate.of(2026, 3, 28), ANNA, BART);

        assertEquals(ANNA, who(plan, "2026-03-29T03:29:00+02:00"));
        assertEquals(BART, who(plan, "2026-03-29T03:30:00+02:00"));
    }

    @Test
    void aHandOffTimeThatHappensTwiceOnTheFallBackDayHandsOffTheFirstTime() {
        RotationPlan plan = daily(LocalTime.of(2, 30), LocalDate.of(2026, 10, 24), ANNA, BART);

        assertEquals(ANNA, who(plan, "2026-10-25T02:29:00+02:00"));
        assertEquals(BART, who(plan, "2026-10-25T02:30:00+02:00"));
        assertEquals(BART, who(plan, "2026-10-25T02:30:00+01:00"));
    }

    @Test
    void aWeeklyRotationHandsOffOnTheWeekdayOfItsFirstHandOffAcrossTheSpringChange() {
        // Mondays 09:00; the week of 2026-03-23 contains the change.
        RotationPlan plan = new RotationPlan(UUID.randomUUID(), RotationPlan.Kind.WEEKLY, LocalTime.of(9, 0),
                LocalDate.of(2026, 3, 16), List.of(ANNA, BART), 1, Rota.REGION);

        assertEquals(BART, who(plan, "2026-03-29T12:00:00+02:00"));
        assertEquals(BART, who(plan, "2026-03-30T08:59:00+02:00"));
        assertEquals(ANNA, who(plan, "2026-03-30T09:00:00+02:00"));
        RotationPlan.Turn bart = plan.turnAt(at("2026-03-29T12:00:00+02:00")).orElseThrow();
        assertEquals(Duration.ofHours(7 * 24 - 1), Duration.between(bart.startsAt(), bart.endsAt()));
    }

    @Test
    void theTurnsOfAPeriodFollowEachOtherWithoutGapsOrOverlaps() {
        RotationPlan plan = daily(LocalTime.of(8, 0), LocalDate.of(2026, 10, 23), ANNA, BART);

        List<RotationPlan.Turn> turns = plan.turnsBetween(at("2026-10-24T00:00:00+02:00"),
                at("2026-10-27T00:00:00+01:00"));

        assertEquals(List.of(ANNA, BART, ANNA, BART), turns.stream().map(RotationPlan.Turn::volunteerId).toList());
        for (int i = 1; i < turns.size(); i++) {
            assertEquals(turns.get(i - 1).endsAt(), turns.get(i).startsAt());
        }
    }

    private static RotationPlan daily(LocalTime handOff, LocalDate first, UUID... participants) {
        return new RotationPlan(UUID.randomUUID(), RotationPlan.Kind.DAILY, handOff, first, List.of(participants), 1,
                Rota.REGION);
    }

    private static UUID who(RotationPlan plan, String at) {
        return plan.turnAt(at(at)).orElseThrow().volunteerId();
    }

    private static Instant at(String at) {
        return OffsetDateTime.parse(at).toInstant();
    }
}
