package be.koepel.volunteer.rota;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** @param hospitalId null when the shift is on a shared schedule ({@code scheduleId}) */
public record ShiftView(UUID id, UUID volunteerId, String hospitalId, UUID scheduleId, OffsetDateTime startsAt,
        OffsetDateTime endsAt, int rank, long version, List<String> warnings) {

    static ShiftView of(Shift shift) {
        return of(shift, List.of());
    }

    /**
     * @param warnings what the coordinator should know, e.g. that the shift falls in the volunteer's blackout or
     *        outside their weekly availability
     */
    static ShiftView of(Shift shift, List<String> warnings) {
        return new ShiftView(shift.id, shift.volunteer.id, shift.hospitalId, shift.scheduleId, Rota.local(shift.startsAt),
                Rota.local(shift.endsAt), shift.rank, shift.version, warnings);
    }
}
