package be.koepel.contracts.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One on-call shift of a volunteer: [startsAt, endsAt) for a schedule's hospitals. */
public record Shift(UUID scheduleId, String scheduleName, List<String> hospitals, Instant startsAt, Instant endsAt) {
}
