package be.koepel.volunteer.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageabilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Set<TrainingType> MI_AND_INDUCTION =
            Set.of(TrainingType.MOTIVATIONAL_INTERVIEWING, TrainingType.HOSPITAL_INDUCTION);
    private static final TrainingRecord MI = new TrainingRecord(TrainingType.MOTIVATIONAL_INTERVIEWING, null,
            LocalDate.of(2025, 1, 10), LocalDate.of(2028, 1, 10));
    private static final TrainingRecord TURNHOUT_INDUCTION = new TrainingRecord(TrainingType.HOSPITAL_INDUCTION,
            "az-turnhout", LocalDate.of(2025, 2, 1), LocalDate.of(2027, 2, 1));

    @Test
    void anActiveVolunteerWithEveryRequiredTrainingValidIsPageable() {
        assertEquals(List.of(), Pageability.obstacles(Status.ACTIVE, null, List.of(MI, TURNHOUT_INDUCTION),
                MI_AND_INDUCTION, "az-turnhout", TODAY));
    }

    @Test
    void withoutRequiredTrainingsAnActiveVolunteerIsPageable() {
        assertEquals(List.of(), Pageability.obstacles(Status.ACTIVE, null, List.of(), Set.of(), "az-turnhout", TODAY));
    }

    @Test
    void aPausedVolunteerIsNotPageableUntilTheDayAfterTheirPauseEnds() {
        LocalDate until = TODAY.plusDays(3);

        assertEquals(List.of("paused until 2026-11-27"),
                Pageability.obstacles(Status.PAUSED, until, List.of(), Set.of(), "az-turnhout", until));
        assertEquals(List.of(),
                Pageability.obstacles(Status.PAUSED, until, List.of(), Set.of(), "az-turnhout", until.plusDays(1)));
    }

    @Test
    void candidatesAndRetiredVolunteersAreNeverPageable() {
        assertEquals(List.of("status is CANDIDATE"),
                Pageability.obstacles(Status.CANDIDATE, null, List.of(), Set.of(), "az-turnhout", TODAY));
        assertEquals(List.of("status is RETIRED"),
                Pageability.obstacles(Status.RETIRED, null, List.of(), Set.of(), "az-turnhout", TODAY));
    }

    @Test
    void anInductionForAnotherHospitalDoesNotCount() {
        assertEquals(List.of("no valid HOSPITAL_INDUCTION for az-geel"), Pageability.obstacles(Status.ACTIVE, null,
                List.of(MI, TURNHOUT_INDUCTION), MI_AND_INDUCTION, "az-geel", TODAY));
    }

    @Test
    void aTrainingCountsFromItsCompletionUntilTheDayBeforeItExpires() {
        assertEquals(List.of(), Pageability.obstacles(Status.ACTIVE, null, List.of(MI),
                Set.of(TrainingType.MOTIVATIONAL_INTERVIEWING), "az-turnhout", LocalDate.of(2028, 1, 9)));
        assertEquals(List.of("no valid MOTIVATIONAL_INTERVIEWING"), Pageability.obstacles(Status.ACTIVE, null,
                List.of(MI), Set.of(TrainingType.MOTIVATIONAL_INTERVIEWING), "az-turnhout", LocalDate.of(2028, 1, 10)));
        assertEquals(List.of("no valid MOTIVATIONAL_INTERVIEWING"), Pageability.obstacles(Status.ACTIVE, null,
                List.of(MI), Set.of(TrainingType.MOTIVATIONAL_INTERVIEWING), "az-turnhout", LocalDate.of(2025, 1, 9)));
    }

    @Test
    void everyObstacleIsNamedNotJustTheFirst() {
        assertEquals(List.of("paused until 2026-12-01", "no valid MOTIVATIONAL_INTERVIEWING",
                        "no valid HOSPITAL_INDUCTION for az-turnhout"),
                Pageability.obstacles(Status.PAUSED, LocalDate.of(2026, 12, 1), List.of(),
                        new java.util.LinkedHashSet<>(List.of(TrainingType.MOTIVATIONAL_INTERVIEWING,
                                TrainingType.HOSPITAL_INDUCTION)), "az-turnhout", TODAY));
    }

    @Test
    void aHospitalRequiresTheNetworkWideTrainingsAndItsOwn() {
        VolunteerConfig.Pageable config = new VolunteerConfig.Pageable() {
            @Override
            public Optional<List<TrainingType>> requiredTrainings() {
                return Optional.of(List.of(TrainingType.DEONTOLOGY_AND_CONFIDENTIALITY));
            }

            @Override
            public Map<String, List<TrainingType>> hospitalTrainings() {
                return Map.of("az-turnhout", List.of(TrainingType.HOSPITAL_INDUCTION));
            }
        };

        assertEquals(List.of(TrainingType.DEONTOLOGY_AND_CONFIDENTIALITY, TrainingType.HOSPITAL_INDUCTION),
                List.copyOf(Pageability.required(config, "az-turnhout")));
        assertEquals(List.of(TrainingType.DEONTOLOGY_AND_CONFIDENTIALITY),
                List.copyOf(Pageability.required(config, "az-geel")));
    }
}
