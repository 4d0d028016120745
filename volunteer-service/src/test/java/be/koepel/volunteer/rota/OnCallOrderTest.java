package be.koepel.volunteer.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OnCallOrderTest {

    private static final Instant SIX = Instant.parse("2026-11-24T17:00:00Z");
    private static final Instant SEVEN = Instant.parse("2026-11-24T18:00:00Z");
    private static final Instant MORNING = Instant.parse("2026-11-25T07:00:00Z");

    @Test
    void thePrimaryComesBeforeTheBackupWhateverTheirShiftStart() {
        OnCallShift backup = shift(UUID.randomUUID(), 2, SIX);
        OnCallShift primary = shift(UUID.randomUUID(), 1, SEVEN);

        assertEquals(List.of(primary, backup), OnCallOrder.order(List.of(backup, primary)));
    }

    @Test
    void withTheSameRankTheShiftThatStartedFirstComesFirst() {
        OnCallShift late = shift(UUID.randomUUID(), 1, SEVEN);
        OnCallShift early = shift(UUID.randomUUID(), 1, SIX);

        assertEquals(List.of(early, late), OnCallOrder.order(List.of(late, early)));
    }

    @Test
    void withTheSameRankAndStartTheVolunteerIdDecidesSoEveryCallAgrees() {
        OnCallShift a = shift(UUID.fromString("0a000000-0000-0000-0000-000000000000"), 1, SIX);
        OnCallShift f = shift(UUID.fromString("f0000000-0000-0000-0000-000000000000"), 1, SIX);

        assertEquals(List.of(a, f), OnCallOrder.order(List.of(f, a)));
        assertEquals(List.of(a, f), OnCallOrder.order(List.of(a, f)));
    }

    @Test
    void aVolunteerWithOverlappingShiftsIsListedOnceAtTheirBestRank() {
        UUID twice = UUID.randomUUID();
        OnCallShift asBackup = shift(twice, 2, SIX);
        OnCallShift other = shift(UUID.randomUUID(), 1, SIX);
        OnCallShift asPrimary = shift(twice, 1, SEVEN);

        assertEquals(List.of(other, asPrimary), OnCallOrder.order(List.of(asBackup, other, asPrimary)));
    }

    @Test
    void nobodyOnCallIsAnEmptyList() {
        assertEquals(List.of(), OnCallOrder.order(List.of()));
    }

    static OnCallShift shift(UUID volunteer, int rank, Instant start) {
        return new OnCallShift(volunteer, "V", List.of("nl"), rank, start, MORNING);
    }
}
