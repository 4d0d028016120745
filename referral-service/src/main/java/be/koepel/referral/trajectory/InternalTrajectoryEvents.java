package be.koepel.referral.trajectory;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.trajectory.TrajectoryProgressed;
import be.koepel.platform.outbox.Outbox;
import be.koepel.referral.organisation.ReferringOrganisation;
import be.koepel.referral.referral.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Tells Koepel's own services about every step, whatever the person's consent to share with
 * partners: group-service learns of referrals to its groups, volunteer-service of peers' work.
 * Ids and the step only; never a name, contact data or the peer's notes.
 */
@ApplicationScoped
public class InternalTrajectoryEvents {

    private final Outbox outbox;

    public InternalTrajectoryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * @param referral the referral the step is about: the one whose peer was assigned, else the
     *        trajectory's latest
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stepRecorded(Trajectory trajectory, TrajectoryStep step, Referral referral) {
        ReferringOrganisation organisation = ReferringOrganisation.findById(referral.organisationId);
        TrajectoryProgressed event = new TrajectoryProgressed(referral.id, trajectory.publicId, step.type.name(),
                step.outcome, step.referredTo, step.contactGroupId, trajectory.assignedVolunteerId,
                trajectory.state.name(), referral.channel.name(), organisation.toEvent(), step.nextContactOn,
                step.occurredAt);
        // Keyed by the public id, like the public topic, so one trajectory's steps stay in order.
        outbox.publish(Topics.TRAJECTORY_INTERNAL, EventTypes.TRAJECTORY_PROGRESSED, trajectory.publicId.toString(), event);
    }
}
