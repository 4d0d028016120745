package be.koepel.volunteer.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.koepel.platform.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aPauseNeedsALastDayThatIsNotInThePast() {
        assertEquals(List.of("pausedUntil"), fields(ProfileRules.statusViolations(
                new StatusChange(Status.PAUSED, null), TODAY)));
        assertEquals(List.of("pausedUntil"), fields(ProfileRules.statusViolations(
                new StatusChange(Status.PAUSED, TODAY.minusDays(1)), TODAY)));
        assertEquals(List.of(), ProfileRules.statusViolations(new StatusChange(Status.PAUSED, TODAY), TODAY));
    }

    @Test
    void onlyAPauseHasALastDay() {
        assertEquals(List.of("pausedUntil"), fields(ProfileRules.statusViolations(
                new StatusChange(Status.ACTIVE, TODAY), TODAY)));
    }

    @Test
    void aVolunteerPausesAndResumesButNeitherJoinsNorLeavesAlone() {
        assertTrue(ProfileRules.volunteerMayChange(Status.ACTIVE, Status.PAUSED));
        assertTrue(ProfileRules.volunteerMayChange(Status.PAUSED, Status.ACTIVE));
        assertFalse(ProfileRules.volunteerMayChange(Status.CANDIDATE, Status.ACTIVE));
        assertFalse(ProfileRules.volunteerMayChange(Status.ACTIVE, Status.RETIRED));
        assertFalse(ProfileRules.volunteerMayChange(Status.RETIRED, Status.ACTIVE));
    }

    @Test
    void aTrainingExpiresAfterItWasCompletedAndOnlyAnInductionNamesAHospital() {
        assertEquals(List.of("expiresOn"), fields(ProfileRules.trainingViolations(new NewTraining(
                TrainingType.RELAPSE_PREVENTION, null, TODAY, TODAY))));
        assertEquals(List.of("hospitalId"), fields(ProfileRules.trainingViolations(new NewTraining(
                TrainingType.HOSPITAL_INDUCTION, null, TODAY, TODAY.plusYears(2)))));
        assertEquals(List.of("hospitalId"), fields(ProfileRules.trainingViolations(new NewTraining(
                TrainingType.RELAPSE_PREVENTION, "az-turnhout", TODAY, TODAY.plusYears(2)))));
        assertEquals(List.of(), ProfileRules.trainingViolations(new NewTraining(
                TrainingType.HOSPITAL_INDUCTION, "az-turnhout", TODAY, TODAY.plusYears(2))));
    }

    @Test
    void aBackupMustBeReachableByPhoneOrEmail() {
        assertEquals(List.of("phone"), fields(ProfileRules.backupViolations(
                new BackupInput("CAW De Kempen", "An", null, " "))));
        assertEquals(List.of(), ProfileRules.backupViolations(new BackupInput("CAW De Kempen", "An", null, "an@caw.be")));
    }

    private static List<String> fields(List<Problem.Violation> violations) {
        return violations.stream().map(Problem.Violation::field).toList();
    }
}
