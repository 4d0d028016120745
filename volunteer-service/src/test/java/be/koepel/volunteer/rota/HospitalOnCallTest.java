package be.koepel.volunteer.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HospitalOnCallTest {

    private static final Instant EVENING = Instant.parse("2026-11-24T19:00:00Z");
    private static final Instant MORNING = Instant.parse("2026-11-25T07:00:00Z");
    private static final UUID OWN = Schedule.ownId("az-herentals");
    private static final UUID SHARED = UUID.nameUUIDFromBytes("kempen-zuid-nacht".getBytes());
    private static final UUID ANNA = UUID.nameUUIDFromBytes("anna".getBytes());
    private static final UUID BART = UUID.nameUUIDFromBytes("bart".getBytes());
    private static final UUID CHRIS = UUID.nameUUIDFromBytes("chris".getBytes());
    private static final UUID DIRK = UUID.nameUUIDFromBytes("dirk".getBytes());

    @Test
    void theSharedSchedulesRanksFollowTheHighestRankTheHospitalsOwnRotaCanPage() {
        OnCallAnswer answer = HospitalOnCall.combine(List.of(
                layer(List.of(onCall(ANNA, 1, OWN), onCall(BART, 2, OWN)), List.of()),
                layer(List.of(onCall(CHRIS, 1, SHARED), onCall(DIRK, 2, SHARED)), List.of())));

        assertEquals(List.of(ANNA, BART, CHRIS, DIRK), ids(answer.onCall()));
        assertEquals(List.of(1, 2, 3, 4), answer.onCall().stream().map(OnCallShift::rank).toList());
        assertEquals(List.of(OWN, OWN, SHARED, SHARED), answer.onCall().stream().map(OnCallShift::scheduleId).toList());
    }

    @Test
    void whenTheHospitalsOwnRotaCanPageNobodyTheSharedSchedulesPrimaryIsThePrimary() {
        OnCallAnswer.Skipped paused = new OnCallAnswer.Skipped(onCall(ANNA, 1, OWN), List.of("paused"));

        OnCallAnswer answer = HospitalOnCall.combine(List.of(
                layer(List.of(), List.of(paused)),
                layer(List.of(onCall(CHRIS, 1, SHARED)), List.of())));

        assertEquals(List.of(CHRIS), ids(answer.onCall()));
        assertEquals(1, answer.onCall().get(0).rank());
        assertEquals(List.of(ANNA), answer.skipped().stream().map(s -> s.shift().volunteerId()).toList());
    }

    @Test
    void aVolunteerOnBothSchedulesIsPagedOnceAtTheirPlaceOnTheHospitalsOwnRota() {
        OnCallAnswer answer = HospitalOnCall.combine(List.of(
                layer(List.of(onCall(ANNA, 1, OWN)), List.of()),
                layer(List.of(onCall(ANNA, 1, SHARED), onCall(BART, 2, SHARED)), List.of())));

        assertEquals(List.of(ANNA, BART), ids(answer.onCall()));
        assertEquals(OWN, answer.onCall().get(0).scheduleId());
        assertEquals(3, answer.onCall().get(1).rank());
    }

    @Test
    void whoTheSharedScheduleNamesButCannotBePagedIsShownAtTheRankTheyWouldHaveHad() {
        OnCallAnswer.Skipped expired = new OnCallAnswer.Skipped(onCall(DIRK, 2, SHARED), List.of("training expired"));

        OnCallAnswer answer = HospitalOnCall.combine(List.of(
                layer(List.of(onCall(ANNA, 1, OWN)), List.of()),
                layer(List.of(onCall(CHRIS, 1, SHARED)), List.of(expired))));

        assertEquals(List.of(1, 2), answer.onCall().stream().map(OnCallShift::rank).toList());
        assertEquals(3, answer.skipped().get(0).shift().rank());
    }

    @Test
    void aHospitalWithoutASharedScheduleKeepsItsOwnRanks() {
        OnCallAnswer answer = HospitalOnCall.combine(List.of(
                layer(List.of(onCall(BART, 2, OWN), onCall(ANNA, 1, OWN)), List.of())));

        assertEquals(List.of(ANNA, BART), ids(answer.onCall()));
        assertEquals(List.of(1, 2), answer.onCall().stream().map(OnCallShift::rank).toList());
    }

    private static HospitalOnCall.Layer layer(List<OnCallShift> pageable, List<OnCallAnswer.Skipped> skipped) {
        return new HospitalOnCall.Layer(pageable, skipped);
    }

    private static OnCallShift onCall(UUID volunteer, int rank, UUID schedule) {
        return new OnCallShift(volunteer, "V", List.of("nl"), rank, EVENING, MORNING, RotaComposition.SHIFT, schedule,
                schedule.toString());
    }

    private static List<UUID> ids(List<OnCallShift> shifts) {
        return shifts.stream().map(OnCallShift::volunteerId).toList();
    }
}
