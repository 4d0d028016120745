package be.koepel.referral.privacy;

import be.koepel.referral.referral.PersonalDataAccess;
import be.koepel.referral.referral.Referral;
import be.koepel.referral.trajectory.TrajectoryStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Erases a person's personal data and keeps the anonymous rest: channel, organisation, substance,
 * age band, municipality and the times, which the statistics need and which identify no one.
 */
@ApplicationScoped
public class Erasure {

    private final Clock clock;

    public Erasure(Clock clock) {
        this.clock = clock;
    }

    /** @return false when the referral's personal data had been erased before */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erase(Referral referral, String by, String role, String why) {
        if (referral.personalDataErasedAt != null) {
            return false;
        }
        referral.personFirstName = null;
        referral.personLastName = null;
        referral.personPhone = null;
        referral.personPhoneKey = null;
        referral.personIdentityKey = null;
        referral.personGender = null;
        referral.referrerName = null;
        referral.referrerPhone = null;
        referral.familyContacts.clear();
        referral.externalReference = null;
        referral.personalDataErasedAt = clock.instant();
        // The peer's notes and free text (a reopening's reason too) may name the person; the steps
        // themselves stay for the statistics.
        List<TrajectoryStep> steps = TrajectoryStep.history(referral.trajectoryId);
        steps.forEach(TrajectoryStep::forgetFreeText);
        // The idempotency ledger keeps the referrer's external reference and a hash of the body with the
        // person's data: either would tie the erased referral to the person again.
        Referral.getEntityManager().createNativeQuery("delete from referral_idempotency where referral_id = :id")
                .setParameter("id", referral.id).executeUpdate();
        PersonalDataAccess.record(referral.id, by, role, "erasure: " + why, clock.instant());
        return true;
    }

    static List<UUID> expiredReferrals(java.time.Instant closedBefore, int limit) {
        return Referral.getEntityManager().createQuery("""
                select r.id from Referral r, Trajectory t
                where t.id = r.trajectoryId and t.state = be.koepel.referral.trajectory.TrajectoryState.CLOSED
                  and t.closedAt < :before and r.personalDataErasedAt is null""", UUID.class)
                .setParameter("before", closedBefore).setMaxResults(limit).getResultList();
    }
}
