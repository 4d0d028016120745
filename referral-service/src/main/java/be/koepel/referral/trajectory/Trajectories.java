package be.koepel.referral.trajectory;

import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
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
    static final String BY_PAGE_ACKNOWLEDGEMENT = "page-acknowledgement";
    static final int PRECONDITION_FAILED = 412;

    private final Clock clock;
    private final ReferralConfig config;
    private final PublicTrajectoryEvents publicEvents;

    public Trajectories(Clock clock, ReferralConfig config, PublicTrajectoryEvents publicEvents) {
        this.clock = clock;
        this.config = config;
        this.publicEvents = publicEvents;
    }

    /**
     * The peer of a referral is assigned: the trajectory gets its peer and its first step. A peer
     * acknowledging a later referral of a trajectory that has its peer already changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void peerAssigned(Referral referral, UUID volunteerId, Instant at) {
        Trajectory trajectory = Trajectory.findById(referral.trajectoryId);
        if (trajectory.assignedVolunteerId != null) {
            LOG.infof("Trajectory %s keeps peer %s; referral %s was acknowledged by %s",
                    trajectory.id, trajectory.assignedVolunteerId, referral.id, volunteerId);
            return;
        }
        trajectory.assignedVolunteerId = volunteerId;
        TrajectoryStep step = newStep(trajectory, StepType.PEER_ASSIGNED, at, "volunteer:" + volunteerId,
                BY_PAGE_ACKNOWLEDGEMENT);
        trajectory.state = StepRules.stateAfter(StepType.PEER_ASSIGNED, null, trajectory.state);
        step.stateAfter = trajectory.state;
        step.persist();
        publicEvents.stepRecorded(trajectory, step);
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
        step.referredTo = request.type() == StepType.REFERRED_ON ? request.referredTo().trim() : null;
        step.nextContactOn = request.type() == StepType.FOLLOW_UP_CONTACT ? request.nextContactOn() : null;
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
        step.stateAfter = trajectory.state;
        step.persist();
        publicEvents.stepRecorded(trajectory, step);
        return step;
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
