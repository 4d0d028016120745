package be.koepel.volunteer.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RotaCompositionTest {

    private static final Instant MORNING = Instant.parse("2026-11-24T07:00:00Z");
    private static final Instant NEXT_MORNING = Instant.parse("2026-11-25T07:00:00Z");
    private static final Instant EVENING = Instant.parse("2026-11-24T17:00:00Z");
    private static final Instant MIDNIGHT = Instant.parse("2026-11-24T23:00:00Z");
    private static final UUID ROTATION = UUID.randomUUID();
    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BART = UUID.randomUUID();
    private static final UUID CHRIS = UUID.randomUUID();

    @Test
    void withoutShiftsOrOverridesTheRotationsSayWhoIsOnCall() {
        List<RotaComposition.Entry> entries = RotaComposition.compose(List.of(),
                List.of(turn(ANNA, 1), turn(BART, 2)), List.of());

        assertEquals(List.of(ANNA, BART), ids(entries));
        assertEquals(List.of("ROTATION", "ROTATION"), entries.stream().map(RotaComposition.Entry::source).toList());
    }

    @Test
    void anExplicitShiftWinsOverTheRotationOfItsRankOnly() {
        RotaComposition.Entry shift = new RotaComposition.Entry(CHRIS, 1, EVENING, MIDNIGHT, RotaComposition.SHIFT);

        List<RotaComposition.Entry> entries = RotaComposition.compose(List.of(shift),
                List.of(turn(ANNA, 1), turn(BART, 2)), List.of());

        assertEquals(List.of(CHRIS, BART), ids(entries));
    }

    @Test
    void anOverrideReplacesTheVolunteerForTheOverlapOfItsPeriodAndTheTurn() {
        RotaComposition.Replacement override = new RotaComposition.Replacement(ANNA, CHRIS, EVENING, MIDNIGHT);

        List<RotaComposition.Entry> entries = RotaComposition.compose(List.of(), List.of(turn(ANNA, 1)),
                List.of(override));

        RotaComposition.Entry entry = entries.get(0);
        assertEquals(CHRIS, entry.volunteerId());
        assertEquals(1, entry.rank());
        assertEquals(EVENING, entry.startsAt());
        assertEquals(MIDNIGHT, entry.endsAt());
        assertEquals("OVERRIDE", entry.source());
    }

    @Test
    void anOverrideAlsoReplacesAVolunteerOnAnExplicitShift() {
        RotaComposition.Entry shift = new RotaComposition.Entry(ANNA, 2, MORNING, NEXT_MORNING, RotaComposition.SHIFT);

        List<RotaComposition.Entry> entries = RotaComposition.compose(List.of(shift), List.of(),
                List.of(new RotaComposition.Replacement(ANNA, BART, EVENING, MIDNIGHT)));

        assertEquals(List.of(BART), ids(entries));
        assertEquals(2, entries.get(0).rank());
    }

    @Test
    void anOverrideOfSomeoneNotOnCallChangesNothing() {
        List<RotaComposition.Entry> entries = RotaComposition.compose(List.of(), List.of(turn(ANNA, 1)),
                List.of(new RotaComposition.Replacement(BART, CHRIS, EVENING, MIDNIGHT)));

        assertEquals(List.of(ANNA), ids(entries));
    }

    private static RotationPlan.Turn turn(UUID volunteer, int rank) {
        return new RotationPlan.Turn(ROTATION, volunteer, rank, MORNING, NEXT_MORNING);
    }

    private static List<UUID> ids(List<RotaComposition.Entry> entries) {
        return entries.stream().map(RotaComposition.Entry::volunteerId).toList();
    }
}
