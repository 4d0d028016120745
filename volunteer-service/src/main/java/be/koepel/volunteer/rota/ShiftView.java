package be.koepel.volunteer.rota;

import java.time.OffsetDateTime;
import java.util.UUID;

public record ShiftView(UUID id, UUID volunteerId, String hospitalId, OffsetDateTime startsAt,
        OffsetDateTime endsAt, int rank, long version) {

    static ShiftView of(Shift shift) {
        return new ShiftView(shift.id, shift.volunteer.id, shift.hospitalId, Rota.local(shift.startsAt),
                Rota.local(shift.endsAt), shift.rank, shift.version);
    }
}
