package be.koepel.volunteer.rota;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Who is on call for a hospital at an instant, in paging order. No contact details: paging is notification-service's. */
public record OnCallView(String hospitalId, OffsetDateTime at, List<Entry> volunteers) {

    public record Entry(UUID volunteerId, String displayName, List<String> languages, int rank,
            OffsetDateTime startsAt, OffsetDateTime endsAt) {

        static Entry of(OnCallShift shift) {
            return new Entry(shift.volunteerId(), shift.displayName(), shift.languages(), shift.rank(),
                    Rota.local(shift.startsAt()), Rota.local(shift.endsAt()));
        }
    }
}
