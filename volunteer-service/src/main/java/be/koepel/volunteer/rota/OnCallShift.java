package be.koepel.volunteer.rota;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer on call at the instant asked about, with what matching needs to know of them.
 *
 * @param source SHIFT, ROTATION or OVERRIDE: which kind of rota entry put them there
 */
public record OnCallShift(UUID volunteerId, String displayName, List<String> languages, int rank,
        Instant startsAt, Instant endsAt, String source) {

    public OnCallShift(UUID volunteerId, String displayName, List<String> languages, int rank, Instant startsAt,
            Instant endsAt) {
        this(volunteerId, displayName, languages, rank, startsAt, endsAt, RotaComposition.SHIFT);
    }
}
