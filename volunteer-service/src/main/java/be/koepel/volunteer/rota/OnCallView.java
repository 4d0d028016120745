package be.koepel.volunteer.rota;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Who is on call for a hospital at an instant, in paging order, and who the rota names but cannot be
 * paged (with why). No contact details: paging is notification-service's.
 */
public record OnCallView(String hospitalId, OffsetDateTime at, List<Entry> volunteers, List<Skipped> skipped) {

    /** @param source SHIFT, ROTATION or OVERRIDE: the kind of rota entry that put the volunteer on call */
    public record Entry(UUID volunteerId, String displayName, List<String> languages, int rank,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String source) {

        static Entry of(OnCallShift shift) {
            return new Entry(shift.volunteerId(), shift.displayName(), shift.languages(), shift.rank(),
                    Rota.local(shift.startsAt()), Rota.local(shift.endsAt()), shift.source());
        }
    }

    public record Skipped(UUID volunteerId, String displayName, int rank, String source, List<String> reasons) {

        static Skipped of(OnCallAnswer.Skipped skipped) {
            return new Skipped(skipped.shift().volunteerId(), skipped.shift().displayName(), skipped.shift().rank(),
                    skipped.shift().source(), skipped.reasons());
        }
    }

    static OnCallView of(String hospitalId, java.time.Instant at, OnCallAnswer answer) {
        return new OnCallView(hospitalId, Rota.local(at), answer.onCall().stream().map(Entry::of).toList(),
                answer.skipped().stream().map(Skipped::of).toList());
    }
}
