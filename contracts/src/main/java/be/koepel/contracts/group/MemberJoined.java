package be.koepel.contracts.group;

import java.time.Instant;
import java.util.UUID;

/**
 * A person referred from a trajectory came to a contact group for the first time. The person is
 * known to group-service only by the trajectory id; the CloudEvent subject (and Kafka key) is the
 * trajectory id, so that one trajectory's events stay in order for referral-service.
 *
 * @param joinedAt when the session they attended started
 */
public record MemberJoined(
        UUID groupId,
        UUID trajectoryId,
        UUID sessionId,
        Instant joinedAt) {
}
