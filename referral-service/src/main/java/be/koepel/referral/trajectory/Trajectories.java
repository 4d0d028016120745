package be.koepel.referral.trajectory;

import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Roles;
import be.koepel.referral.referral.Referral;
import be.koepel.referral.referral.ReferralConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Records the steps of trajectories and keeps their state and history. */
@ApplicationScoped
public class Trajectories {

    private static final Logger LOG = Logger.getLogger(Trajectories.class);
    /** Who records the first step: the page acknowledgement, not a person at a keyboard. */
    public static final String BY_PAGE_ACKNOWLEDGEMENT = "page-acknowledgement";
    /** A routine referral's peer, assigned by a coordinator (or automatically) in volunteer-service. */
    public static final String BY_ROUTINE_ASSIGNMENT = "routine-assignment";
    static final String BY_GROUP_SERVICE = "group-service";
    static final int PRECONDITION_FAILED = 412;

    private final Clock clock;
    private final ReferralConfig config;
    private final PublicTrajectoryEvents publicEvents;
    private final InternalTrajectoryEvents internalEvents;

    public Trajectories(Clock clock, ReferralConfig config, PublicTrajectoryEvents publicEvents,
            InternalTrajectoryEvents internalEvents) {
        this.clock = clock;
        this.config = config;
        this.publicEvents = publicEvents;
        this.internalEvents = internalEvents;
    }

    /**
     * The peer of a referral is assigned: the trajectory gets its peer and its first step. A peer
     * assigned to a later referral of a trajectory that has its peer already changes nothing.
     *
     * @param by who assigned: the acknowledging volunteer, a coordinator or {@code auto}
     * @param how {@link #BY_PAGE_ACKNOWLEDGEMENT} or {@link #BY_ROUTINE_ASSIGNMENT}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void peerAssigned(Referral referral, UUID volunteerId, Instant at, String by, String how) {
        Trajectory trajectory = Trajectory.findById(referral.trajectoryId);
        if (trajectory.assignedVolunteerId != null) {
            LOG.infof("Trajectory %s keeps peer %s; referral %s was assigned to %s",
                    trajectory.id, trajectory.assignedVolunteerId, referral.id, volunteerId);
            return;
        }
        trajectory.assignedVolunteerId = volunteerId;
        TrajectoryStep step = newStep(trajectory, StepType.PEER_ASSIGNED, at, by, how);
        trajectory.state = StepRules.stateAfter(StepType.PEER_ASSIGNED, null, trajectory.state);
        recorded(trajectory, step, referral);
    }

    /**
     * group-service saw the person at a contact group for the first time. Recorded once per group,
     * however often group-service says so, and also on a closed trajectory: it happened.
     *
     * @return false when the trajectory had it already
     * @throws UnknownTrajectoryException when no trajectory has this public id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean joinedContactGroup(UUID publicId, UUID groupId, Instant joinedAt) {
        Trajectory trajectory = Trajectory.<Trajectory>find("publicId", publicId).firstResultOptional()
                .orElseThrow(() -> new UnknownTrajectoryException(publicId));
        Trajectory.getEntityManager().lock(trajectory, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (TrajectoryStep.count("trajectoryId = ?1 and type = ?2 and contactGroupId = ?3",
                trajectory.id, StepType.JOINED_CONTACT_GROUP, groupId) > 0) {
            return false;
        }
        TrajectoryStep step = newStep(trajectory, StepType.JOINED_CONTACT_GROUP, joinedAt, BY_GROUP_SERVICE, Roles.SERVICE);
        step.contactGroupId = groupId;
        trajectory.state = StepRules.stateAfter(StepType.JOINED_CONTACT_GROUP, null, trajectory.state);
        recorded(trajectory, step, latestReferral(trajectory));
        return true;
    }

    /** No trajectory has the public id an event names: nothing to retry, the event goes to the DLQ. */
    public static class UnknownTrajectoryException extends MalformedEventException {
        UnknownTrajectoryException(UUID publicId) {
            super("no trajectory has the public id " + publicId);
        }
    }

    /** A peer was paged for one of the trajectory's referrals; a late page never moves it back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void peerPaged(Referral referral) {
        Trajectory.<Trajectory>findById(referral.trajectoryId).advanceTo(TrajectoryState.PEER_PAGED);
    }

    /** A peer or coordinator records a step; the rules of {@link StepRules} apply. */
    @Transactional
    public TrajectoryStep record(UUID trajectoryId, Long expectedVersion, NewStep request, String recordedBy, String role) {
        Trajectory trajectory = Trajectory.<Trajectory>findByIdOptional(trajectoryId)
                .orElseThrow(() -> ProblemException.notFound("Trajectory " + trajectoryId));
        if (expectedVersion != null && expectedVersion != trajectory.version) {
            throw new ProblemException(PRECONDITION_FAILED, "Precondition Failed",
                    "The trajectory changed since version " + expectedVersion + "; it is at " + trajectory.version);
        }
        // Lock and bump the version now, even when only the history grows, so that concurrent writers
        // wait for each other and a stale If-Match is refused.
        Trajectory.getEntityManager().lock(trajectory, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        List<Problem.Violation> violations = StepRules.check(request, trajectory.state, today);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The step has invalid fields", violations);
        }
        Instant occurredAt = request.occurredAt() == null ? clock.instant() : request.occurredAt().toInstant();
        if (occurredAt.isAfter(clock.instant())) {
            throw ProblemException.badField("occurredAt", "a step is recorded after it happened, not before");
        }
        TrajectoryStep step = newStep(trajectory, request.type(), occurredAt, recordedBy, role);
        step.outcome = request.type() == StepType.CLOSED ? request.closeReason().name()
                : request.visitOutcome() == null ? null : request.visitOutcome().name();
        // For REFERRED_ON the options say what kind of help the organisation is (e.g. a contact group).
        step.options = request.type() == StepType.OPTIONS_OFFERED || request.type() == StepType.REFERRED_ON
                ? TrajectoryStep.joinOptions(request.options()) : null;
        if (request.type() == StepType.REFERRED_ON) {
            step.contactGroupId = request.contactGroupId();
            // A contact group named only by id keeps its id as the organisation: group-service reads
            // referredTo of the public event as the group id.
            step.referredTo = request.referredTo() == null || request.referredTo().isBlank()
                    ? request.contactGroupId().toString() : request.referredTo().trim();
            if (request.contactGroupId() != null) {
                step.options = TrajectoryStep.joinOptions(List.of(CareOption.CONTACT_GROUP));
            }
        }
        step.nextContactOn = request.type() == StepType.FOLLOW_UP_CONTACT ? request.nextContactOn() : null;
        // History only: the public event carries the option SELF_HELP_GROUP, never which group.
        step.selfHelpGroup = request.selfHelpGroup();
        step.selfHelpGroupName = request.selfHelpGroupName() == null || request.selfHelpGroupName().isBlank() ? null
                : request.selfHelpGroupName().trim();
        step.reason = request.reason();
        step.note = request.note();

        trajectory.state = StepRules.stateAfter(request.type(), request.visitOutcome(), trajectory.state);
        if (request.type() == StepType.CLOSED) {
            trajectory.closedAt = occurredAt;
            trajectory.closeReason = request.closeReason().name();
        } else if (request.type() == StepType.REOPENED) {
            trajectory.closedAt = null;
            trajectory.closeReason = null;
        }
        recorded(trajectory, step, latestReferral(trajectory));
        return step;
    }

    /** Every step is kept in the history and announced internally; partners hear of it if the person agreed. */
    private void recorded(Trajectory trajectory, TrajectoryStep step, Referral referral) {
        step.stateAfter = trajectory.state;
        step.persist();
        publicEvents.stepRecorded(trajectory, step);
        internalEvents.stepRecorded(trajectory, step, referral);
    }

    private static Referral latestReferral(Trajectory trajectory) {
        return Referral.<Referral>find("trajectoryId = ?1 order by receivedAt desc", trajectory.id).firstResult();
    }

    private TrajectoryStep newStep(Trajectory trajectory, StepType type, Instant occurredAt, String by, String role) {
        TrajectoryStep step = new TrajectoryStep();
        step.id = UUID.randomUUID();
        step.trajectoryId = trajectory.id;
        step.type = type;
        step.occurredAt = occurredAt;
        step.recordedAt = clock.instant();
        step.recordedBy = by;
        step.recordedRole = role;
        return step;
    }
}
