package be.koepel.notification.policy;

import static org.assertj.core.api.Assertions.assertThat;

import be.koepel.platform.problem.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    private static final Duration MIN = Duration.ofSeconds(30);

    @Test
    void aPolicyOfStepsWithinBoundsAndAModestRepeatIsAccepted() {
        assertThat(PolicyRules.violations("az-turnhout", new PolicyRequest(List.of("PT5M", "PT3M"), 1, null), MIN))
                .isEmpty();
        assertThat(PolicyRules.plan(new PolicyRequest(List.of("PT5M", "PT3M"), 1, null)))
                .isEqualTo(new EscalationPlan(List.of(Duration.ofMinutes(5), Duration.ofMinutes(3)), 1));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        List<Problem.Violation> violations = PolicyRules.violations("AZ Turnhout!",
                new PolicyRequest(List.of("5 minutes", "PT5M", "PT10S", "PT2H"), 9, null), MIN);
        assertThat(violations).extracting(Problem.Violation::field)
                .containsExactly("scope", "stepDelays[0]", "stepDelays[2]", "stepDelays[3]", "repeat");
    }

    @Test
    void aPolicyWithoutStepsOrRepeatOrWithTooManyStepsIsRefused() {
        assertThat(PolicyRules.violations("default", new PolicyRequest(null, null, null), MIN))
                .extracting(Problem.Violation::field).containsExactly("stepDelays", "repeat");
        List<String> tooMany = java.util.Collections.nCopies(PolicyRules.MAX_STEPS + 1, "PT5M");
        assertThat(PolicyRules.violations("default", new PolicyRequest(tooMany, 0, null), MIN))
                .extracting(Problem.Violation::field).containsExactly("stepDelays");
    }

    @Test
    void aMissingBodyIsNamed() {
        assertThat(PolicyRules.violations("default", null, MIN)).extracting(Problem.Violation::field)
                .containsExactly("body");
    }
}
