package be.koepel.volunteer.rota;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Who is on call for a hospital at an instant, in paging order, and who the rota names but cannot be
 * paged (with why). No contact details: paging is notification-service's.
 */
public record OnCallView(String hospitalId, OffsetDateTime at, List<Entry> volunteers, List<Skipped> skipped) {

    /**
     * @param rank for this hospital: a shared schedule's ranks follow the hospital's own (see HospitalOnCall)
     * @param source SHIFT, ROTATION or OVERRIDE: the kind of rota entry that put the volunteer on call
     * @param scheduleName the schedule that did: the hospital id for its own, the name of a shared one
     */
    public record Entry(UUID volunteerId, String displayName, List<String> languages, int rank,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String source, UUID scheduleId, String scheduleName) {

        static Entry of(OnCallShift shift) {
            return new Entry(shift.volunteerId(), shift.displayName(), shift.languages(), shift.rank(),
                    Rota.local(shift.startsAt()), Rota.local(shift.endsAt()), shift.source(), shift.scheduleId(),
                    shift.scheduleName());
        }
    }

    public record Skipped(UUID volunteerId, String displayName, int rank, String source, UUID scheduleId,
            String scheduleName, List<String> reasons) {

        static Skipped of(OnCallAnswer.Skipped skipped) {
            OnCallShift shift = skipped.shift();
            return new Skipped(shift.volunteerId(), shift.displayName(), shift.rank(), shift.source(),
                    shift.scheduleId(), shift.scheduleName(), skipped.reasons());
        }
    }

    static OnCallView of(String hospitalId, java.time.Instant at, OnCallAnswer answer) {
        return new OnCallView(hospitalId, Rota.local(at), answer.onCall().stream().map(Entry::of).toList(),
                answer.skipped().stream().map(Skipped::of).toList());
    }
}
