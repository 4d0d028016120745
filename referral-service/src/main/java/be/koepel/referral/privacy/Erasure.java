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

    /**
     * Erasure on request: the person's data goes from every referral of theirs that joined the same
     * trajectory as a duplicate, not only from the one addressed, each erasure audited on its own.
     *
     * @return how many referrals lost their personal data now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseWithLinked(Referral referral, String by, String role, String why) {
        int erased = erase(referral, by, role, why) ? 1 : 0;
        if (referral.trajectoryId == null) {
            return erased;
        }
        List<Referral> linked = Referral.<Referral>list("trajectoryId = ?1 and id <> ?2 and personalDataErasedAt is null",
                referral.trajectoryId, referral.id);
        for (Referral other : linked) {
            erased += erase(other, by, role, why + " (same person as referral " + referral.id + ")") ? 1 : 0;
        }
        return erased;
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
