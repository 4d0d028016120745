package be.koepel.notification.policy;

import be.koepel.platform.problem.Problem;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a coordinator may set as an escalation policy; every bad field is named at once. */
public final class PolicyRules {

    /** More steps than this would mean a person waits hours in the ER before a coordinator hears of it. */
    public static final int MAX_STEPS = 10;
    /** Paging the same few peers more often than this in one night turns the pager into noise. */
    public static final int MAX_REPEAT = 5;
    /** A step longer than this leaves the person in the ER without anyone coming. */
    public static final Duration MAX_STEP_DELAY = Duration.ofHours(1);
    /** Hospital ids as the referral events carry them, and the reserved scope 'default'. */
    private static final Pattern SCOPE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private PolicyRules() {
    }

    public static List<Problem.Violation> violations(String scope, PolicyRequest request, Duration minStepDelay) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (scope == null || !SCOPE.matcher(scope).matches()) {
            violations.add(new Problem.Violation("scope", "must be 'default' or a hospital id (lower case, digits, '.', '_', '-')"));
        }
        if (request == null) {
            violations.add(new Problem.Violation("body", "is required"));
            return violations;
        }
        List<String> delays = request.stepDelays();
        if (delays == null || delays.isEmpty()) {
            violations.add(new Problem.Violation("stepDelays", "must list at least one delay"));
        } else if (delays.size() > MAX_STEPS) {
            violations.add(new Problem.Violation("stepDelays", "must have at most " + MAX_STEPS + " steps"));
        } else {
            for (int i = 0; i < delays.size(); i++) {
                String problem = delayProblem(delays.get(i), minStepDelay);
                if (problem != null) {
                    violations.add(new Problem.Violation("stepDelays[" + i + "]", problem));
                }
            }
        }
        if (request.repeat() == null) {
            violations.add(new Problem.Violation("repeat", "is required (0 pages each candidate once)"));
        } else if (request.repeat() < 0 || request.repeat() > MAX_REPEAT) {
            violations.add(new Problem.Violation("repeat", "must be between 0 and " + MAX_REPEAT));
        }
        return violations;
    }

    private static String delayProblem(String text, Duration minStepDelay) {
        if (text == null) {
            return "is required";
        }
        Duration delay;
        try {
            delay = Duration.parse(text);
        } catch (DateTimeParseException e) {
            return "must be an ISO-8601 duration such as PT5M";
        }
        if (delay.compareTo(minStepDelay) < 0 || delay.compareTo(MAX_STEP_DELAY) > 0) {
            return "must be between " + minStepDelay + " and " + MAX_STEP_DELAY;
        }
        return null;
    }

    /** The plan of a request that has no violations. */
    public static EscalationPlan plan(PolicyRequest request) {
        return new EscalationPlan(request.stepDelays().stream().map(Duration::parse).toList(), request.repeat());
    }
}
