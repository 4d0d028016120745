package be.koepel.referral.referral;

import be.koepel.referral.trajectory.TrajectoryState;
import java.util.Optional;

/**
 * Finds an open trajectory of the same person: the same phone number, or the same first name,
 * birth year and municipality (through {@link PersonMatch}). A new referral for that person joins
 * it instead of starting a second one.
 */
final class DuplicatePersons {

    record Match(Referral earlier, String reason) {
    }

    private DuplicatePersons() {
    }

    static Optional<Match> find(String phoneKey, String identityKey) {
        Optional<Referral> samePhone = Referral.<Referral>find("""
                select r from Referral r, Trajectory t
                where t.id = r.trajectoryId and t.state <> ?1 and r.personPhoneKey = ?2
                order by r.receivedAt desc""", TrajectoryState.CLOSED, phoneKey).firstResultOptional();
        if (samePhone.isPresent()) {
            return samePhone.map(r -> new Match(r, "same phone number as referral " + r.id));
        }
        if (identityKey == null) {
            return Optional.empty();
        }
        return Referral.<Referral>find("""
                select r from Referral r, Trajectory t
                where t.id = r.trajectoryId and t.state <> ?1 and r.personIdentityKey = ?2
                order by r.receivedAt desc""", TrajectoryState.CLOSED, identityKey).firstResultOptional()
                .map(r -> new Match(r, "same first name, birth year and municipality as referral " + r.id));
    }
}
