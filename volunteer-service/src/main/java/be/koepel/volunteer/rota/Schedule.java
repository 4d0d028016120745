package be.koepel.volunteer.rota;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * An on-call schedule, as events name it: either one hospital's own (its id derived from the hospital id, stable
 * across restarts and the same in every event) or a shared schedule that a group of hospitals uses (a
 * {@link SharedSchedule}, e.g. "Kempen-Zuid nacht").
 *
 * @param hospitals the hospitals it serves, sorted
 */
public record Schedule(UUID id, String name, List<String> hospitals) {

    /** A hospital's own schedule. */
    public static Schedule of(String hospitalId) {
        return new Schedule(ownId(hospitalId), hospitalId, List.of(hospitalId));
    }

    /** The id of a hospital's own schedule; migration V13 derives the same in SQL (rota_own_schedule_id). */
    public static UUID ownId(String hospitalId) {
        return UUID.nameUUIDFromBytes(("rota:" + hospitalId).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether this is one hospital's own schedule rather than a shared one. */
    public boolean own() {
        return hospitals.size() == 1 && id.equals(ownId(hospitals.get(0)));
    }

    /** The same schedule naming only some of its hospitals, e.g. those a gap leaves uncovered. */
    public Schedule serving(List<String> some) {
        return new Schedule(id, name, List.copyOf(some));
    }
}
