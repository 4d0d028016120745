package be.koepel.volunteer.rota;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A volunteer whose shift covers the instant asked about, with what matching needs to know of them. */
public record OnCallShift(UUID volunteerId, String displayName, List<String> languages, int rank,
        Instant startsAt, Instant endsAt) {
}
