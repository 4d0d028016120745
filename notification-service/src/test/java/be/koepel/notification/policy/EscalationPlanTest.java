package be.koepel.notification.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationPlanTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void theErDefaultPagesEachCandidateOnceWithFiveMinutesPerStep() {
        EscalationPlan plan = EscalationPlan.uniform(FIVE_MINUTES);
        assertThat(walk(plan, 3, Set.of())).containsExactly(
                new EscalationPlan.Step(1, 0, FIVE_MINUTES),
                new EscalationPlan.Step(2, 1, FIVE_MINUTES),
                new EscalationPlan.Step(3, 2, FIVE_MINUTES));
    }

    @Test
    void eachStepWaitsItsOwnDelayAndLaterStepsTheLastOne() {
        EscalationPlan plan = new EscalationPlan(List.of(Duration.ofMinutes(2), Duration.ofMinutes(3)), 0);
        assertThat(walk(plan, 3, Set.of())).extracting(EscalationPlan.Step::acknowledgeWithin)
                .containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(3), Duration.ofMinutes(3));
    }

    @Test
    void aRepeatPagesTheCandidatesAgainInTheSameOrder() {
        EscalationPlan plan = new EscalationPlan(List.of(FIVE_MINUTES), 1);
        assertThat(walk(plan, 2, Set.of())).extracting(EscalationPlan.Step::number, EscalationPlan.Step::candidateIndex)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(2, 1),
                        org.assertj.core.groups.Tuple.tuple(3, 0), org.assertj.core.groups.Tuple.tuple(4, 1));
    }

    @Test
    void aCandidateWhoDeclinedIsSkippedInLaterRounds() {
        EscalationPlan plan = new EscalationPlan(List.of(FIVE_MINUTES), 1);
        assertThat(plan.stepAfter(2, 2, EscalationPlan.in(Set.of(0))))
                .contains(new EscalationPlan.Step(4, 1, FIVE_MINUTES));
    }

    @Test
    void noStepIsLeftAfterTheLastRoundOrWithoutCandidates() {
        EscalationPlan plan = new EscalationPlan(List.of(FIVE_MINUTES), 1);
        assertThat(plan.stepAfter(4, 2)).isEmpty();
        assertThat(plan.stepAfter(0, 0)).isEmpty();
        assertThat(plan.stepAfter(1, 2, EscalationPlan.in(Set.of(0, 1)))).isEmpty();
    }

    @Test
    void delaysSurviveTheirStoredForm() {
        EscalationPlan plan = new EscalationPlan(List.of(Duration.ofSeconds(90), FIVE_MINUTES), 2);
        assertThat(EscalationPlan.decodeDelays(plan.encodedDelays())).isEqualTo(plan.stepDelays());
    }

    @Test
    void aPlanWithoutStepsOrWithANegativeRepeatCannotExist() {
        assertThatThrownBy(() -> new EscalationPlan(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscalationPlan(List.of(FIVE_MINUTES), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<EscalationPlan.Step> walk(EscalationPlan plan, int candidates, Set<Integer> declined) {
        List<EscalationPlan.Step> steps = new ArrayList<>();
        Optional<EscalationPlan.Step> step = plan.stepAfter(0, candidates, EscalationPlan.in(declined));
        while (step.isPresent()) {
            steps.add(step.get());
            step = plan.stepAfter(step.get().number(), candidates, EscalationPlan.in(declined));
        }
        return steps;
    }
}
