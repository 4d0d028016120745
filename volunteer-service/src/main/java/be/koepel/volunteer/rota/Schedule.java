package be.koepel.volunteer.rota;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The on-call schedule of one hospital, as events name it. The rota is kept per hospital, so a schedule's id is
 * derived from the hospital id: stable across restarts and the same in every event.
 */
public record Schedule(UUID id, String name, List<String> hospitals) {

    public static Schedule of(String hospitalId) {
        return new Schedule(UUID.nameUUIDFromBytes(("rota:" + hospitalId).getBytes(StandardCharsets.UTF_8)),
                hospitalId, List.of(hospitalId));
    }
}
