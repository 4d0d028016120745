package be.koepel.volunteer.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A rotation: participants take turns, handing off at a local wall-clock time every day or every week.
 * Turns are computed in local time, so a turn that spans a daylight-saving change lasts 23 or 25 hours
 * and the hand-off stays at, say, 08:00 on the clock. A hand-off time that does not exist that day (inside
 * the spring-forward gap) moves later by the gap; one that exists twice (autumn overlap) is the first.
 *
 * @param firstHandOff the local date of the first hand-off; weekly rotations hand off on its weekday
 * @param participants in turn order; the first is on call from the first hand-off
 * @param rank 1 for the primary position, 2 for the first backup, and so on
 */
public record RotationPlan(UUID id, Kind kind, LocalTime handOffTime, LocalDate firstHandOff,
        List<UUID> participants, int rank, ZoneId zone) {

    public enum Kind {
        DAILY(1), WEEKLY(7);

        final int days;

        Kind(int days) {
            this.days = days;
        }
    }

    /** One participant's turn: from one hand-off (inclusive) to the next (exclusive). */
    public record Turn(UUID rotationId, UUID volunteerId, int rank, Instant startsAt, Instant endsAt) {
    }

    public RotationPlan {
        participants = List.copyOf(participants);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("A rotation needs participants");
        }
    }

    /** Whose turn it is at an instant; empty before the first hand-off. */
    public Optional<Turn> turnAt(Instant at) {
        LocalDate localDay = at.atZone(zone).toLocalDate();
        long period = Math.floorDiv(ChronoUnit.DAYS.between(firstHandOff, localDay), kind.days);
        if (at.isBefore(handOff(period))) {
            period--;
        }
        if (period < 0) {
            return Optional.empty();
        }
        UUID volunteer = participants.get((int) Math.floorMod(period, participants.size()));
        return Optional.of(new Turn(id, volunteer, rank, handOff(period), handOff(period + 1)));
    }

    /** Every turn that overlaps [from, to), in order. */
    public List<Turn> turnsBetween(Instant from, Instant to) {
        List<Turn> turns = new java.util.ArrayList<>();
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            Optional<Turn> turn = turnAt(cursor);
            if (turn.isEmpty()) {
                cursor = handOff(0);
                continue;
            }
            turns.add(turn.get());
            cursor = turn.get().endsAt();
        }
        return List.copyOf(turns);
    }

    /** The instant of the n-th hand-off; ZonedDateTime.of resolves gaps forward and overlaps to the earlier offset. */
    Instant handOff(long n) {
        return ZonedDateTime.of(firstHandOff.plusDays(n * kind.days), handOffTime, zone).toInstant();
    }
}
