package be.koepel.volunteer.calendar;

import be.koepel.platform.problem.ProblemException;
import be.koepel.volunteer.volunteer.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** The secret tokens of the iCal feeds: created or rotated, checked, revoked; only their hashes are stored. */
@ApplicationScoped
public class CalendarTokens {

    /** 256 bits: as hard to guess as a signing key. */
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Clock clock;

    public CalendarTokens(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A new token for the volunteer; any earlier one stops working. Shown once, never stored. */
    @Transactional
    public String rotate(UUID volunteerId) {
        if (Volunteer.findById(volunteerId) == null) {
            throw ProblemException.notFound("Volunteer " + volunteerId);
        }
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("""
                insert into calendar_token (volunteer_id, token_hash, created_at) values (:volunteer, :hash, :now)
                on conflict (volunteer_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
                .setParameter("volunteer", volunteerId)
                .setParameter("hash", hash(token))
                .setParameter("now", clock.instant())
                .executeUpdate();
        return token;
    }

    @Transactional
    public void revoke(UUID volunteerId) {
        em.createNativeQuery("delete from calendar_token where volunteer_id = :volunteer")
                .setParameter("volunteer", volunteerId)
                .executeUpdate();
    }

    /** Whether the token is the volunteer's current one; compared in constant time. */
    @Transactional
    public boolean valid(UUID volunteerId, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("select token_hash from calendar_token where volunteer_id = :volunteer")
                .setParameter("volunteer", volunteerId)
                .getResultList();
        return !stored.isEmpty() && MessageDigest.isEqual(stored.get(0).getBytes(StandardCharsets.US_ASCII),
                hash(token).getBytes(StandardCharsets.US_ASCII));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
