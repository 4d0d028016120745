package be.koepel.referral.trajectory;

import be.koepel.platform.problem.Problem.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Which fields each step needs, and which steps a trajectory in a given state takes. */
public final class StepRules {

    private StepRules() {
    }

    public static List<Violation> check(NewStep step, TrajectoryState state, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        switch (step.type()) {
            case PEER_ASSIGNED -> violations.add(new Violation("type",
                    "the peer is assigned by acknowledging the page, not by recording a step"));
            case BEDSIDE_VISIT -> require(step.visitOutcome() != null, "visitOutcome", "how did the visit go?", violations);
            case OPTIONS_OFFERED -> require(step.options() != null && !step.options().isEmpty(), "options",
                    "name at least one option offered", violations);
            case REFERRED_ON -> require(step.referredTo() != null && !step.referredTo().isBlank(), "referredTo",
                    "name the organisation the person was referred on to", violations);
            case FOLLOW_UP_CONTACT -> {
                require(step.nextContactOn() != null, "nextContactOn", "when is the next contact?", violations);
                if (step.nextContactOn() != null && step.nextContactOn().isBefore(today)) {
                    violations.add(new Violation("nextContactOn", "must not be in the past"));
                }
            }
            case CLOSED -> require(step.closeReason() != null, "closeReason", "why is the trajectory closed?", violations);
            case REOPENED -> {
                require(step.reason() != null && !step.reason().isBlank(), "reason", "reopening takes a reason", violations);
                if (state.isOpen()) {
                    violations.add(new Violation("type", "only a closed trajectory can be reopened"));
                }
            }
        }
        if (!state.isOpen() && step.type() != StepType.REOPENED && step.type() != StepType.PEER_ASSIGNED) {
            violations.add(new Violation("type", "the trajectory is closed; reopen it first"));
        }
        return violations;
    }

    /** The state a trajectory reaches by this step; it never moves back except by closing and reopening. */
    public static TrajectoryState stateAfter(StepType type, VisitOutcome visitOutcome, TrajectoryState current) {
        TrajectoryState target = switch (type) {
            case PEER_ASSIGNED -> TrajectoryState.PEER_ASSIGNED;
            case BEDSIDE_VISIT -> visitOutcome == VisitOutcome.DONE ? TrajectoryState.FIRST_CONTACT : current;
            case OPTIONS_OFFERED, REFERRED_ON -> TrajectoryState.FIRST_CONTACT;
            case FOLLOW_UP_CONTACT -> TrajectoryState.IN_FOLLOW_UP;
            case CLOSED -> TrajectoryState.CLOSED;
            case REOPENED -> TrajectoryState.IN_FOLLOW_UP;
        };
        if (type == StepType.CLOSED || type == StepType.REOPENED) {
            return target;
        }
        return target.ordinal() > current.ordinal() ? target : current;
    }

    private static void require(boolean ok, String field, String message, List<Violation> violations) {
        if (!ok) {
            violations.add(new Violation(field, message));
        }
    }
}
