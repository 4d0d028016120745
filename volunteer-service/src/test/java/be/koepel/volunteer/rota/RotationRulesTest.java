package be.koepel.volunteer.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.platform.problem.Problem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RotationRulesTest {

    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BART = UUID.randomUUID();
    private static final OffsetDateTime EVENING = OffsetDateTime.parse("2026-11-24T18:00:00+01:00");
    private static final OffsetDateTime MIDNIGHT = OffsetDateTime.parse("2026-11-25T00:00:00+01:00");

    @Test
    void aRotationWithoutParticipantsIsRefused() {
        assertEquals(List.of("participants"), fields(RotationRules.rotationViolations(rotation(List.of()), id -> true)));
        assertEquals(List.of("participants"), fields(RotationRules.rotationViolations(rotation(null), id -> true)));
    }

    @Test
    void aRotationWithSomeoneOutsideThePoolIsRefused() {
        assertEquals(List.of("participants"), fields(RotationRules.rotationViolations(rotation(List.of(ANNA, BART)),
                ANNA::equals)));
    }

    @Test
    void anOverrideThatEndsBeforeItStartsIsRefused() {
        assertEquals(List.of("endsAt"), fields(RotationRules.overrideViolations(
                new NewOverride("az-turnhout", ANNA, BART, MIDNIGHT, EVENING), "az-turnhout", List.of(), id -> true)));
    }

    @Test
    void anOverrideThatOverlapsAnotherOfTheSameVolunteerIsRefusedButOneThatFollowsItIsFine() {
        List<RotaComposition.Replacement> existing = List.of(new RotaComposition.Replacement(ANNA, BART,
                EVENING.toInstant(), MIDNIGHT.toInstant()));

        assertEquals(List.of("startsAt"), fields(RotationRules.overrideViolations(
                new NewOverride("az-turnhout", ANNA, BART, EVENING.plusHours(2), MIDNIGHT.plusHours(2)),
                "az-turnhout", existing, id -> true)));
        assertEquals(List.of(), RotationRules.overrideViolations(
                new NewOverride("az-turnhout", ANNA, BART, MIDNIGHT, MIDNIGHT.plusHours(8)), "az-turnhout", existing,
                id -> true));
    }

    @Test
    void anOverlappingOverrideOnASharedScheduleIsRefusedNamingThatScheduleNotAHospital() {
        List<RotaComposition.Replacement> existing = List.of(new RotaComposition.Replacement(ANNA, BART,
                EVENING.toInstant(), MIDNIGHT.toInstant()));
        UUID kempen = UUID.randomUUID();

        assertEquals(List.of(new Problem.Violation("startsAt",
                "overlaps another override of this volunteer on schedule 'Kempen-Zuid nacht'")),
                RotationRules.overrideViolations(new NewOverride(null, ANNA, BART, EVENING.plusHours(2),
                        MIDNIGHT.plusHours(2), kempen), "Kempen-Zuid nacht", existing, id -> true));
    }

    @Test
    void nobodyOverridesThemselves() {
        assertEquals(List.of("volunteerId"), fields(RotationRules.overrideViolations(
                new NewOverride("az-turnhout", ANNA, ANNA, EVENING, MIDNIGHT), "az-turnhout", List.of(), id -> true)));
    }

    private static NewRotation rotation(List<UUID> participants) {
        return new NewRotation("az-turnhout", "Nights", RotationPlan.Kind.DAILY, LocalTime.of(8, 0),
                LocalDate.of(2026, 11, 23), participants, 1);
    }

    private static List<String> fields(List<Problem.Violation> violations) {
        return violations.stream().map(Problem.Violation::field).toList();
    }
}
