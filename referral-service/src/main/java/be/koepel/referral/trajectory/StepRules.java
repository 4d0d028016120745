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
            case JOINED_CONTACT_GROUP -> violations.add(new Violation("type",
                    "group-service records that the person came to a contact group, not a step of a peer"));
            case BEDSIDE_VISIT -> require(step.visitOutcome() != null, "visitOutcome", "how did the visit go?", violations);
            case OPTIONS_OFFERED -> require(step.options() != null && !step.options().isEmpty(), "options",
                    "name at least one option offered", violations);
            case REFERRED_ON -> checkReferredOn(step, violations);
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
        checkSelfHelpGroup(step, violations);
        if (step.contactGroupId() != null && step.type() != StepType.REFERRED_ON) {
            violations.add(new Violation("contactGroupId", "only a referral on to a contact group names one"));
        }
        if (!state.isOpen() && step.type() != StepType.REOPENED && !step.type().isRecordedByService()) {
            violations.add(new Violation("type", "the trajectory is closed; reopen it first"));
        }
        return violations;
    }

    /**
     * The self-help group is a detail of offering one: named only with the option SELF_HELP_GROUP,
     * and by its name when it is none of the known ones.
     */
    private static void checkSelfHelpGroup(NewStep step, List<Violation> violations) {
        boolean named = step.selfHelpGroup() != null;
        boolean hasName = step.selfHelpGroupName() != null && !step.selfHelpGroupName().isBlank();
        if (!named && !hasName) {
            return;
        }
        if (step.type() != StepType.OPTIONS_OFFERED) {
            violations.add(new Violation(named ? "selfHelpGroup" : "selfHelpGroupName",
                    "only options offered name a self-help group"));
            return;
        }
        if (step.options() == null || !step.options().contains(CareOption.SELF_HELP_GROUP)) {
            violations.add(new Violation("options", "a self-help group is named with the option SELF_HELP_GROUP"));
        }
        if (!named) {
            violations.add(new Violation("selfHelpGroup", "say which self-help group, or OTHER with its name"));
        } else if (step.selfHelpGroup() == SelfHelpGroup.OTHER && !hasName) {
            violations.add(new Violation("selfHelpGroupName", "name the self-help group that is not in the list"));
        }
    }

    /**
     * A referral on to a contact group names the group by its id, which is what group-service knows
     * it by; the name in referredTo may then be left out. Any other referral names its organisation.
     */
    private static void checkReferredOn(NewStep step, List<Violation> violations) {
        boolean toContactGroup = isToContactGroup(step);
        if (toContactGroup) {
            require(step.contactGroupId() != null, "contactGroupId",
                    "name the contact group the person was referred to by its id", violations);
        } else {
            require(step.referredTo() != null && !step.referredTo().isBlank(), "referredTo",
                    "name the organisation the person was referred on to", violations);
        }
        if (step.contactGroupId() != null && step.options() != null && !step.options().isEmpty()
                && !step.options().equals(List.of(CareOption.CONTACT_GROUP))) {
            violations.add(new Violation("options", "a referral to a contact group has the one option CONTACT_GROUP"));
        }
    }

    /** Either named as such in the options, or a contact group named by id. */
    static boolean isToContactGroup(NewStep step) {
        return step.contactGroupId() != null
                || step.options() != null && step.options().contains(CareOption.CONTACT_GROUP);
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
            // Coming to a group is the person's own step: it neither opens nor closes anything.
            case JOINED_CONTACT_GROUP -> current;
        };
        if (type == StepType.CLOSED || type == StepType.REOPENED) {
            return target;
        }
        if (!current.isOpen()) {
            return current;
        }
        return target.ordinal() > current.ordinal() ? target : current;
    }

    private static void require(boolean ok, String field, String message, List<Violation> violations) {
        if (!ok) {
            violations.add(new Violation(field, message));
        }
    }
}
