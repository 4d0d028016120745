package be.koepel.referral.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import be.koepel.platform.problem.Problem.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void eachStepNeedsItsOwnFields() {
        assertThat(fields(step(StepType.BEDSIDE_VISIT), TrajectoryState.PEER_ASSIGNED)).containsExactly("visitOutcome");
        assertThat(fields(step(StepType.OPTIONS_OFFERED), TrajectoryState.PEER_ASSIGNED)).containsExactly("options");
        assertThat(fields(step(StepType.REFERRED_ON), TrajectoryState.PEER_ASSIGNED)).containsExactly("referredTo");
        assertThat(fields(step(StepType.FOLLOW_UP_CONTACT), TrajectoryState.PEER_ASSIGNED)).containsExactly("nextContactOn");
        assertThat(fields(step(StepType.CLOSED), TrajectoryState.PEER_ASSIGNED)).containsExactly("closeReason");
        assertThat(fields(step(StepType.PEER_ASSIGNED), TrajectoryState.RECEIVED)).containsExactly("type");
    }

    @Test
    void aNextContactLiesAheadAndAClosedTrajectoryTakesOnlyAReopeningWithAReason() {
        NewStep yesterday = new NewStep(StepType.FOLLOW_UP_CONTACT, null, null, null, null, TODAY.minusDays(1), null, null, null,
                null, null, null);
        assertThat(fields(yesterday, TrajectoryState.IN_FOLLOW_UP)).containsExactly("nextContactOn");
        NewStep visit = new NewStep(StepType.BEDSIDE_VISIT, VisitOutcome.DONE, null, null, null, null, null, null, null, null, null, null);
        assertThat(fields(visit, TrajectoryState.CLOSED)).containsExactly("type");
        assertThat(fields(step(StepType.REOPENED), TrajectoryState.CLOSED)).containsExactly("reason");
        NewStep reopen = new NewStep(StepType.REOPENED, null, null, null, null, null, null, "calls again", null, null, null, null);
        assertThat(fields(reopen, TrajectoryState.CLOSED)).isEmpty();
        assertThat(fields(reopen, TrajectoryState.IN_FOLLOW_UP)).containsExactly("type");
    }

    @Test
    void theStateMovesForwardOnlyExceptByClosingAndReopening() {
        assertThat(StepRules.stateAfter(StepType.BEDSIDE_VISIT, VisitOutcome.DONE, TrajectoryState.PEER_ASSIGNED))
                .isEqualTo(TrajectoryState.FIRST_CONTACT);
        assertThat(StepRules.stateAfter(StepType.BEDSIDE_VISIT, VisitOutcome.DISCHARGED_BEFORE_VISIT, TrajectoryState.PEER_ASSIGNED))
                .isEqualTo(TrajectoryState.PEER_ASSIGNED);
        assertThat(StepRules.stateAfter(StepType.OPTIONS_OFFERED, null, TrajectoryState.IN_FOLLOW_UP))
                .isEqualTo(TrajectoryState.IN_FOLLOW_UP);
        assertThat(StepRules.stateAfter(StepType.CLOSED, null, TrajectoryState.IN_FOLLOW_UP)).isEqualTo(TrajectoryState.CLOSED);
        assertThat(StepRules.stateAfter(StepType.REOPENED, null, TrajectoryState.CLOSED)).isEqualTo(TrajectoryState.IN_FOLLOW_UP);
    }

    @Test
    void aReferralToAContactGroupNamesTheGroupByIdAndOnlySuchAReferralNamesOne() {
        java.util.UUID group = java.util.UUID.randomUUID();
        NewStep byName = new NewStep(StepType.REFERRED_ON, null, List.of(CareOption.CONTACT_GROUP), "Contactgroep Mol",
                null, null, null, null, null, null, null, null);
        assertThat(fields(byName, TrajectoryState.FIRST_CONTACT)).containsExactly("contactGroupId");
        NewStep byId = new NewStep(StepType.REFERRED_ON, null, null, null, group, null, null, null, null, null, null, null);
        assertThat(fields(byId, TrajectoryState.FIRST_CONTACT)).isEmpty();
        NewStep toCawWithGroup = new NewStep(StepType.REFERRED_ON, null, List.of(CareOption.CAW), "CAW De Kempen", group,
                null, null, null, null, null, null, null);
        assertThat(fields(toCawWithGroup, TrajectoryState.FIRST_CONTACT)).containsExactly("options");
        NewStep visitWithGroup = new NewStep(StepType.BEDSIDE_VISIT, VisitOutcome.DONE, null, null, group, null, null,
                null, null, null, null, null);
        assertThat(fields(visitWithGroup, TrajectoryState.PEER_ASSIGNED)).containsExactly("contactGroupId");
        assertThat(fields(step(StepType.JOINED_CONTACT_GROUP), TrajectoryState.FIRST_CONTACT)).containsExactly("type");
    }

    @Test
    void aSelfHelpGroupIsNamedOnlyWhenOfferedAndOneNotInTheListByItsName() {
        List<CareOption> selfHelp = List.of(CareOption.SELF_HELP_GROUP);
        assertThat(fields(offered(selfHelp, SelfHelpGroup.AA, null), TrajectoryState.FIRST_CONTACT)).isEmpty();
        assertThat(fields(offered(selfHelp, SelfHelpGroup.OTHER, "Herstelgroep De Brug"), TrajectoryState.FIRST_CONTACT))
                .isEmpty();
        assertThat(fields(offered(selfHelp, null, null), TrajectoryState.FIRST_CONTACT)).as("naming it is optional").isEmpty();
        assertThat(fields(offered(selfHelp, SelfHelpGroup.OTHER, " "), TrajectoryState.FIRST_CONTACT))
                .containsExactly("selfHelpGroupName");
        assertThat(fields(offered(selfHelp, null, "AA Geel"), TrajectoryState.FIRST_CONTACT)).containsExactly("selfHelpGroup");
        assertThat(fields(offered(List.of(CareOption.CAW), SelfHelpGroup.NA, null), TrajectoryState.FIRST_CONTACT))
                .containsExactly("options");
        NewStep visit = new NewStep(StepType.BEDSIDE_VISIT, VisitOutcome.DONE, null, null, null, null, null, null, null, null,
                SelfHelpGroup.NA, null);
        assertThat(fields(visit, TrajectoryState.PEER_ASSIGNED)).containsExactly("selfHelpGroup");
    }

    private static NewStep offered(List<CareOption> options, SelfHelpGroup group, String name) {
        return new NewStep(StepType.OPTIONS_OFFERED, null, options, null, null, null, null, null, null, null, group, name);
    }

    @Test
    void comingToAGroupChangesNoStateAndAClosedTrajectoryStaysClosed() {
        assertThat(StepRules.stateAfter(StepType.JOINED_CONTACT_GROUP, null, TrajectoryState.FIRST_CONTACT))
                .isEqualTo(TrajectoryState.FIRST_CONTACT);
        assertThat(StepRules.stateAfter(StepType.JOINED_CONTACT_GROUP, null, TrajectoryState.CLOSED))
                .isEqualTo(TrajectoryState.CLOSED);
    }

    private static NewStep step(StepType type) {
        return new NewStep(type, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> fields(NewStep step, TrajectoryState state) {
        return StepRules.check(step, state, TODAY).stream().map(Violation::field).toList();
    }
}
