package be.koepel.referral.fhir;

import be.koepel.referral.trajectory.CloseReason;
import be.koepel.referral.trajectory.TrajectoryState;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * A referral's status as a FHIR Task's, from its trajectory: waiting for a peer is requested, a
 * peer assigned is accepted, contact made is in progress; a closed trajectory is completed when the
 * person got help, rejected when they declined it, and cancelled otherwise.
 */
public final class TaskStatusMapping {

    private TaskStatusMapping() {
    }

    public static TaskStatus of(TrajectoryState state, String closeReason) {
        return switch (state) {
            case RECEIVED, PEER_PAGED -> TaskStatus.REQUESTED;
            case PEER_ASSIGNED -> TaskStatus.ACCEPTED;
            case FIRST_CONTACT, IN_FOLLOW_UP -> TaskStatus.INPROGRESS;
            case CLOSED -> closed(closeReason);
        };
    }

    private static TaskStatus closed(String closeReason) {
        if (CloseReason.GOT_HELP.name().equals(closeReason)) {
            return TaskStatus.COMPLETED;
        }
        if (CloseReason.DECLINED_HELP.name().equals(closeReason)) {
            return TaskStatus.REJECTED;
        }
        return TaskStatus.CANCELLED;
    }
}
