package be.koepel.contracts.group;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notification request from group-service: someone was referred to this contact group and may
 * come to its next session, so its leaders should know. Subject and Kafka key: the group id.
 * There is no personal data of the person; the trajectory id lets the leader record attendance.
 *
 * @param recipients the group's leaders (volunteer ids); empty when the group has none, and then
 *        the coordinator on duty should be told instead
 * @param nextSessionStartsAt the next scheduled session, or null when none is planned
 */
public record NewcomerExpected(
        UUID requestId,
        UUID groupId,
        String groupName,
        UUID trajectoryId,
        List<UUID> recipients,
        UUID nextSessionId,
        Instant nextSessionStartsAt,
        Instant referredAt) {
}
