package be.koepel.contracts.group;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code group.session-held.v1}: a contact group's session took place (its attendance was
 * recorded). Recording attendance again republishes it with the same session id, so a consumer
 * keeps the latest per session. volunteer-service logs it in each leader's activity log.
 * Subject and key: the group id.
 *
 * @param attendees how many came, all kinds together; no one is named
 */
public record SessionHeld(
        UUID groupId,
        String groupName,
        UUID sessionId,
        List<UUID> leaders,
        Instant startedAt,
        Instant endedAt,
        int attendees,
        Instant recordedAt) {
}
