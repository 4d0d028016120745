package be.koepel.volunteer.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RotaTimelineTest {

    private static final UUID ANNA = UUID.nameUUIDFromBytes("anna".getBytes());
    private static final UUID BART = UUID.nameUUIDFromBytes("bart".getBytes());
    private static final UUID CHRIS = UUID.nameUUIDFromBytes("chris".getBytes());

    @Test
    void aGapBetweenAShiftAndARotationStartingAfterSpringForwardEndsAtEightLocalSummerTime() {
        RotaComposition.Entry shift = new RotaComposition.Entry(ANNA, 1, at("2027-03-20T08:00:00+01:00"),
                at("2027-03-27T08:00:00+01:00"), RotaComposition.SHIFT);
        RotationPlan rotation = daily(LocalDate.parse("2027-03-29"), 1, BART);

        RotaTimeline timeline = RotaTimeline.of(List.of(shift), List.of(rotation), List.of(),
                at("2027-03-20T00:00:00+01:00"), at("2027-04-03T00:00:00+02:00"));

        // 47 hours, not 48: the clocks went forward on 28 March.
        assertEquals(List.of(
                new RotaTimeline.Period(at("2027-03-20T00:00:00+01:00"), at("2027-03-20T08:00:00+01:00")),
                new RotaTimeline.Period(Instant.parse("2027-03-27T07:00:00Z"), Instant.parse("2027-03-29T06:00:00Z"))),
                timeline.gaps());
    }

    @Test
    void anOverrideFillsNoGapButMovesTheShiftToTheReplacement() {
        RotationPlan rotation = daily(LocalDate.parse("2026-11-23"), 1, ANNA);
        RotaComposition.Replacement override = new RotaComposition.Replacement(ANNA, CHRIS,
                at("2026-11-24T20:00:00+01:00"), at("2026-11-25T02:00:00+01:00"));

        RotaTimeline timeline = RotaTimeline.of(List.of(), List.of(rotation), List.of(override),
                at("2026-11-24T00:00:00+01:00"), at("2026-11-26T00:00:00+01:00"));

        assertEquals(List.of(), timeline.gaps());
        assertEquals(List.of(new RotaTimeline.Period(at("2026-11-24T20:00:00+01:00"), at("2026-11-25T02:00:00+01:00"))),
                timeline.shiftsOf(CHRIS));
        // Anna's consecutive turns merge into one shift on each side of the override.
        assertEquals(List.of(
                new RotaTimeline.Period(at("2026-11-24T00:00:00+01:00"), at("2026-11-24T20:00:00+01:00")),
                new RotaTimeline.Period(at("2026-11-25T02:00:00+01:00"), at("2026-11-26T00:00:00+01:00"))),
                timeline.shiftsOf(ANNA));
    }

    @Test
    void anExplicitShiftTakesTheRotationsPlaceAtItsRankForItsPeriod() {
        RotationPlan rotation = daily(LocalDate.parse("2026-11-23"), 1, ANNA, BART);
        RotaComposition.Entry evening = new RotaComposition.Entry(CHRIS, 1, at("2026-11-24T18:00:00+01:00"),
                at("2026-11-24T23:00:00+01:00"), RotaComposition.SHIFT);

        RotaTimeline timeline = RotaTimeline.of(List.of(evening), List.of(rotation), List.of(),
                at("2026-11-24T00:00:00+01:00"), at("2026-11-25T12:00:00+01:00"));

        assertEquals(List.of(
                new RotaTimeline.Period(at("2026-11-24T08:00:00+01:00"), at("2026-11-24T18:00:00+01:00")),
                new RotaTimeline.Period(at("2026-11-24T23:00:00+01:00"), at("2026-11-25T08:00:00+01:00"))),
                timeline.shiftsOf(BART));
        assertEquals(List.of(ANNA, BART, CHRIS).size(), timeline.volunteers().size());
    }

    private static RotationPlan daily(LocalDate first, int rank, UUID... participants) {
        return new RotationPlan(UUID.randomUUID(), RotationPlan.Kind.DAILY, LocalTime.of(8, 0), first,
                List.of(participants), rank, Rota.REGION);
    }

    @Test
    void theCommonGapsOfTwoSchedulesAreOnlyWhereNeitherHasAnyoneIncludingAcrossTheFallBackNight() {
        // Own rota: nobody from Saturday noon to Sunday 08:00; the shared one: nobody until Saturday 20:00 and
        // from Sunday 06:00 (winter time, after the clocks went back at 03:00).
        List<RotaTimeline.Period> own = List.of(period("2027-10-30T12:00:00+02:00", "2027-10-31T08:00:00+01:00"));
        List<RotaTimeline.Period> shared = List.of(
                period("2027-10-30T00:00:00+02:00", "2027-10-30T20:00:00+02:00"),
                period("2027-10-31T06:00:00+01:00", "2027-11-01T00:00:00+01:00"));

        List<RotaTimeline.Period> expected = List.of(
                period("2027-10-30T12:00:00+02:00", "2027-10-30T20:00:00+02:00"),
                period("2027-10-31T06:00:00+01:00", "2027-10-31T08:00:00+01:00"));
        assertEquals(expected, RotaTimeline.common(own, shared));
        assertEquals(expected, RotaTimeline.common(shared, own));
        assertEquals(List.of(), RotaTimeline.common(own, List.of()));
        assertEquals(List.of(), RotaTimeline.common(
                List.of(period("2027-10-30T00:00:00+02:00", "2027-10-30T12:00:00+02:00")), own),
                "periods that only touch share nothing");
    }

    private static RotaTimeline.Period period(String from, String to) {
        return new RotaTimeline.Period(at(from), at(to));
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
