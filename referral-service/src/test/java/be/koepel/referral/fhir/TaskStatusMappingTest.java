package be.koepel.referral.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import be.koepel.referral.trajectory.CloseReason;
import be.koepel.referral.trajectory.TrajectoryState;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.Test;

class TaskStatusMappingTest {

    @Test
    void anOpenTrajectoryIsRequestedUntilAPeerIsAssignedThenAcceptedThenInProgress() {
        assertThat(TaskStatusMapping.of(TrajectoryState.RECEIVED, null)).isEqualTo(TaskStatus.REQUESTED);
        assertThat(TaskStatusMapping.of(TrajectoryState.PEER_PAGED, null)).isEqualTo(TaskStatus.REQUESTED);
        assertThat(TaskStatusMapping.of(TrajectoryState.PEER_ASSIGNED, null)).isEqualTo(TaskStatus.ACCEPTED);
        assertThat(TaskStatusMapping.of(TrajectoryState.FIRST_CONTACT, null)).isEqualTo(TaskStatus.INPROGRESS);
        assertThat(TaskStatusMapping.of(TrajectoryState.IN_FOLLOW_UP, null)).isEqualTo(TaskStatus.INPROGRESS);
    }

    @Test
    void aClosedTrajectoryIsCompletedWhenThePersonGotHelpRejectedWhenTheyDeclinedAndCancelledOtherwise() {
        assertThat(TaskStatusMapping.of(TrajectoryState.CLOSED, CloseReason.GOT_HELP.name())).isEqualTo(TaskStatus.COMPLETED);
        assertThat(TaskStatusMapping.of(TrajectoryState.CLOSED, CloseReason.DECLINED_HELP.name())).isEqualTo(TaskStatus.REJECTED);
        assertThat(TaskStatusMapping.of(TrajectoryState.CLOSED, CloseReason.NOT_REACHABLE.name())).isEqualTo(TaskStatus.CANCELLED);
        assertThat(TaskStatusMapping.of(TrajectoryState.CLOSED, CloseReason.MOVED_AWAY.name())).isEqualTo(TaskStatus.CANCELLED);
    }
}
