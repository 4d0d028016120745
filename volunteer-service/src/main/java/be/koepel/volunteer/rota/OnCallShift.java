package be.koepel.volunteer.rota;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer on call at the instant asked about, with what matching needs to know of them.
 *
 * @param rank the rank for the hospital asked about: a shared schedule's ranks follow its own rota's (see
 *        {@link HospitalOnCall})
 * @param source SHIFT, ROTATION or OVERRIDE: which kind of rota entry put them there
 * @param scheduleId the schedule that put them there: the hospital's own or a shared one
 */
public record OnCallShift(UUID volunteerId, String displayName, List<String> languages, int rank,
        Instant startsAt, Instant endsAt, String source, UUID scheduleId, String scheduleName) {

    public OnCallShift(UUID volunteerId, String displayName, List<String> languages, int rank, Instant startsAt,
            Instant endsAt, String source) {
        this(volunteerId, displayName, languages, rank, startsAt, endsAt, source, null, null);
    }

    public OnCallShift(UUID volunteerId, String displayName, List<String> languages, int rank, Instant startsAt,
            Instant endsAt) {
        this(volunteerId, displayName, languages, rank, startsAt, endsAt, RotaComposition.SHIFT);
    }

    OnCallShift ranked(int newRank) {
        return new OnCallShift(volunteerId, displayName, languages, newRank, startsAt, endsAt, source, scheduleId,
                scheduleName);
    }
}
