package be.koepel.notification.policy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * How an escalation walks its candidates: step 1 pages candidate 1, step 2 candidate 2, and so on;
 * after the last candidate the whole list is paged again {@code repeat} more times. Each step waits
 * {@code stepDelays[i]} for an answer, where i is the candidate's position; positions beyond the
 * list use its last delay. When no step is left, the coordinator on duty takes over.
 */
public record EscalationPlan(List<Duration> stepDelays, int repeat) {

    /** One step to page: its number in the escalation, which candidate (0-based) and how long to wait. */
    public record Step(int number, int candidateIndex, Duration acknowledgeWithin) {
    }

    public EscalationPlan {
        if (stepDelays == null || stepDelays.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one step delay");
        }
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat cannot be negative");
        }
        stepDelays = List.copyOf(stepDelays);
    }

    /** Every step waits the same time, and each candidate is paged once. */
    public static EscalationPlan uniform(Duration acknowledgeWithin) {
        return new EscalationPlan(List.of(acknowledgeWithin), 0);
    }

    /**
     * The step after {@code afterStep} (0 to start), skipping candidates for whom {@code skip} is
     * true (e.g. who declined already), or empty when every step has been taken.
     */
    public Optional<Step> stepAfter(int afterStep, int candidates, IntPredicate skip) {
        int last = candidates * (repeat + 1);
        for (int number = afterStep + 1; number <= last; number++) {
            int index = (number - 1) % candidates;
            if (!skip.test(index)) {
                return Optional.of(new Step(number, index, stepDelays.get(Math.min(index, stepDelays.size() - 1))));
            }
        }
        return Optional.empty();
    }

    public Optional<Step> stepAfter(int afterStep, int candidates) {
        return stepAfter(afterStep, candidates, index -> false);
    }

    /** The delays as stored: ISO-8601 durations, comma separated. */
    public String encodedDelays() {
        return stepDelays.stream().map(Duration::toString).collect(Collectors.joining(","));
    }

    public static List<Duration> decodeDelays(String encoded) {
        return Arrays.stream(encoded.split(",")).map(String::trim).map(Duration::parse).toList();
    }

    /** Candidate indexes as a predicate, for {@link #stepAfter(int, int, IntPredicate)}. */
    public static IntPredicate in(Set<Integer> indexes) {
        return indexes::contains;
    }
}
