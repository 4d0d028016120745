package be.koepel.referral.referral;

import be.koepel.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers, per organisation, the Idempotency-Key headers and external references of referrals
 * with a fingerprint of their body. A repeat within the window returns the original referral,
 * whatever became of it since; the same key with another body is refused with 422.
 */
@ApplicationScoped
public class IdempotencyLedger {

    static final int UNPROCESSABLE = 422;

    public enum Kind { IDEMPOTENCY_KEY, EXTERNAL_REFERENCE }

    public record Key(Kind kind, String value) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final ReferralConfig config;

    public IdempotencyLedger(EntityManager em, Clock clock, ReferralConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    static List<Key> keysOf(String idempotencyKey, String externalReference) {
        List<Key> keys = new ArrayList<>();
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            keys.add(new Key(Kind.IDEMPOTENCY_KEY, idempotencyKey.trim()));
        }
        if (externalReference != null && !externalReference.isBlank()) {
            keys.add(new Key(Kind.EXTERNAL_REFERENCE, externalReference.trim()));
        }
        return keys;
    }

    /** @return the original referral's id when one of the keys was used within the window with this body */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> original(String organisationId, List<Key> keys, String fingerprint) {
        Instant cutoff = clock.instant().minus(config.idempotencyWindow());
        for (Key key : keys) {
            // An expired key is forgotten, so the organisation may use it again.
            em.createNativeQuery("""
                    delete from referral_idempotency
                    where organisation_id = :org and kind = :kind and key_value = :value and created_at < :cutoff""")
                    .setParameter("org", organisationId).setParameter("kind", key.kind().name())
                    .setParameter("value", key.value()).setParameter("cutoff", cutoff)
                    .executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select cast(referral_id as varchar), request_hash from referral_idempotency
                    where organisation_id = :org and kind = :kind and key_value = :value""")
                    .setParameter("org", organisationId).setParameter("kind", key.kind().name())
                    .setParameter("value", key.value())
                    .getResultList();
            if (rows.isEmpty()) {
                continue;
            }
            if (!fingerprint.equals(rows.get(0)[1])) {
                throw new ProblemException(UNPROCESSABLE, "Unprocessable Content", describe(key)
                        + " was used for another referral within the last " + config.idempotencyWindow().toDays()
                        + " days; a repeat must carry the same body");
            }
            return Optional.of(UUID.fromString((String) rows.get(0)[0]));
        }
        return Optional.empty();
    }

    /** Records the keys of a new referral, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String organisationId, List<Key> keys, String fingerprint, UUID referralId) {
        em.flush();
        for (Key key : keys) {
            int inserted = em.createNativeQuery("""
                    insert into referral_idempotency (organisation_id, kind, key_value, request_hash, referral_id, created_at)
                    values (:org, :kind, :value, :hash, :referral, :now)
                    on conflict do nothing""")
                    .setParameter("org", organisationId).setParameter("kind", key.kind().name())
                    .setParameter("value", key.value()).setParameter("hash", fingerprint)
                    .setParameter("referral", referralId).setParameter("now", clock.instant())
                    .executeUpdate();
            if (inserted == 0) {
                // Another request with this key committed while this one ran: it is the original.
                throw ProblemException.conflict(describe(key) + " is being used by a concurrent request; repeat it");
            }
        }
    }

    private static String describe(Key key) {
        return (key.kind() == Kind.IDEMPOTENCY_KEY ? "Idempotency-Key '" : "External reference '") + key.value() + "'";
    }
}
