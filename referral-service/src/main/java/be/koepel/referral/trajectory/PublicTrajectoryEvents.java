package be.koepel.referral.trajectory;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.trajectory.TrajectoryStepRecorded;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.outbox.Outbox;
import be.koepel.referral.referral.Referral;
import be.koepel.referral.subscription.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Tells partners about a step, pseudonymised: the public id, age band, municipality, step type and
 * times, nothing that names or reaches the person, and only when the person's latest consent
 * names partners to share with.
 */
@ApplicationScoped
public class PublicTrajectoryEvents {

    private final Outbox outbox;
    private final Webhooks webhooks;

    public PublicTrajectoryEvents(Outbox outbox, Webhooks webhooks) {
        this.outbox = outbox;
        this.webhooks = webhooks;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stepRecorded(Trajectory trajectory, TrajectoryStep step) {
        if (!step.type.isInPublicContract()) {
            return;
        }
        Optional<Referral> latest = Referral.<Referral>find("trajectoryId = ?1 order by receivedAt desc", trajectory.id)
                .firstResultOptional();
        if (latest.isEmpty() || !latest.get().consentShareWithPartners || latest.get().sharingPartners.isEmpty()) {
            return;
        }
        Referral referral = latest.get();
        Referral first = Referral.<Referral>find("trajectoryId = ?1 order by receivedAt", trajectory.id).firstResult();
        TrajectoryStepRecorded event = new TrajectoryStepRecorded(trajectory.publicId, step.type.name(), step.outcome,
                step.optionList(), step.referredTo, trajectory.state.name(), first.channel.name(),
                referral.personAgeBand, referral.personMunicipality, List.copyOf(referral.sharingPartners),
                step.occurredAt);
        // Keyed by the public id: partners see one trajectory's steps in order, and never a referral id.
        CloudEvent published = outbox.publish(Topics.TRAJECTORY_PUBLIC, EventTypes.TRAJECTORY_STEP_RECORDED,
                trajectory.publicId.toString(), event);
        // The same event, for the webhooks of exactly the partners the consent names.
        webhooks.enqueue(published, event.sharedWith());
    }
}
