package be.koepel.volunteer.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.koepel.platform.problem.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {

    private static final Predicate<String> KNOWN = Set.of("az-herentals", "az-mol", "az-geel")::contains;
    private static final UUID KEMPEN_ZUID = UUID.nameUUIDFromBytes("kempen-zuid".getBytes());
    private static final UUID KEMPEN_NOORD = UUID.nameUUIDFromBytes("kempen-noord".getBytes());

    @Test
    void aSharedScheduleOfKnownHospitalsEachNamedOnceIsFine() {
        assertEquals(List.of(), ScheduleRules.newScheduleViolations(schedule("az-herentals", "az-mol"), KNOWN));
    }

    @Test
    void aSharedScheduleWithoutHospitalsNamesTheHospitals() {
        assertEquals(List.of(new Problem.Violation("hospitals", "must list at least one hospital")),
                ScheduleRules.newScheduleViolations(schedule(), KNOWN));
        assertEquals(List.of(new Problem.Violation("hospitals", "must list at least one hospital")),
                ScheduleRules.newScheduleViolations(new NewSchedule("Kempen-Zuid nacht", null), KNOWN));
    }

    @Test
    void aHospitalNamedTwiceOrUnknownIsNamedInTheViolation() {
        List<Problem.Violation> violations = ScheduleRules.newScheduleViolations(
                schedule("az-herentals", "az-mol", "az-herentals", "az-herental"), KNOWN);

        assertEquals(List.of("hospitals", "hospitals"), violations.stream().map(Problem.Violation::field).toList());
        assertEquals("names az-herentals more than once", violations.get(0).message());
        assertTrue(violations.get(1).message().startsWith("az-herental is not a hospital"));
    }

    @Test
    void attachingAnUnknownHospitalNamesTheHospitalId() {
        assertEquals(List.of("hospitalId"), ScheduleRules.attachmentViolations(
                new HospitalAttachment("az-nergens"), KNOWN).stream().map(Problem.Violation::field).toList());
        assertEquals(List.of(), ScheduleRules.attachmentViolations(new HospitalAttachment("az-geel"), KNOWN));
    }

    @Test
    void aHospitalInAnotherSharedScheduleConflictsButOneAlreadyInThisScheduleDoesNot() {
        Map<String, Schedule> current = Map.of("az-mol",
                new Schedule(KEMPEN_NOORD, "Kempen-Noord", List.of("az-mol")));

        String conflict = ScheduleRules.attachmentConflict(List.of("az-herentals", "az-mol"), KEMPEN_ZUID, current)
                .orElseThrow();
        assertTrue(conflict.startsWith("az-mol is already in the shared schedule 'Kempen-Noord'"), conflict);
        assertFalse(ScheduleRules.attachmentConflict(List.of("az-mol"), KEMPEN_NOORD, current).isPresent());
        assertFalse(ScheduleRules.attachmentConflict(List.of("az-geel"), KEMPEN_ZUID, current).isPresent());
    }

    @Test
    void aRotaEntryGoesOnAHospitalsOwnScheduleOrOnAnExistingSharedOneNeverBoth() {
        Predicate<UUID> exists = KEMPEN_ZUID::equals;

        assertEquals(List.of(), ScheduleRules.targetViolations("az-herentals", null, exists));
        assertEquals(List.of(), ScheduleRules.targetViolations(null, KEMPEN_ZUID, exists));
        assertEquals(List.of("hospitalId"), fields(ScheduleRules.targetViolations(null, null, exists)));
        assertEquals(List.of("hospitalId"), fields(ScheduleRules.targetViolations(" ", null, exists)));
        assertEquals(List.of("scheduleId"), fields(ScheduleRules.targetViolations("az-herentals", KEMPEN_ZUID, exists)));
        assertEquals(List.of("scheduleId"), fields(ScheduleRules.targetViolations(null, KEMPEN_NOORD, exists)));
    }

    @Test
    void aHospitalsOwnScheduleIsToldApartFromASharedOneServingOnlyThatHospital() {
        assertTrue(Schedule.of("az-herentals").own());
        assertFalse(new Schedule(KEMPEN_ZUID, "az-herentals", List.of("az-herentals")).own());
        assertEquals(Schedule.of("az-herentals").id(), Schedule.ownId("az-herentals"));
    }

    private static NewSchedule schedule(String... hospitals) {
        return new NewSchedule("Kempen-Zuid nacht", Arrays.asList(hospitals));
    }

    private static List<String> fields(List<Problem.Violation> violations) {
        return violations.stream().map(Problem.Violation::field).toList();
    }
}
