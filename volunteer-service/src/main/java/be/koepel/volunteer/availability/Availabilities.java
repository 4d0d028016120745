package be.koepel.volunteer.availability;

import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import be.koepel.volunteer.volunteer.VolunteerPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores the volunteers' weekly patterns and blackouts. */
@ApplicationScoped
public class Availabilities {

    /** Replaces the whole availability: what the volunteer sends is what holds. */
    @Transactional
    public AvailabilityView replace(UUID volunteerId, AvailabilityInput input) {
        List<Problem.Violation> violations = Availability.violations(input);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
        if (!VolunteerPool.exists(volunteerId)) {
            throw ProblemException.notFound("Volunteer " + volunteerId);
        }
        WeeklySlot.delete("volunteerId", volunteerId);
        Blackout.delete("volunteerId", volunteerId);
        for (AvailabilityInput.Slot slot : input.weekly() == null ? List.<AvailabilityInput.Slot>of() : input.weekly()) {
            WeeklySlot row = new WeeklySlot();
            row.id = UUID.randomUUID();
            row.volunteerId = volunteerId;
            row.dayOfWeek = slot.day().getValue();
            row.fromTime = slot.from();
            row.toTime = slot.to();
            row.persist();
        }
        for (AvailabilityInput.BlackoutInput blackout
                : input.blackouts() == null ? List.<AvailabilityInput.BlackoutInput>of() : input.blackouts()) {
            Blackout row = new Blackout();
            row.id = UUID.randomUUID();
            row.volunteerId = volunteerId;
            row.startsOn = blackout.startsOn();
            row.endsOn = blackout.endsOn();
            row.note = blackout.note() == null || blackout.note().isBlank() ? null : blackout.note().trim();
            row.persist();
        }
        return view(volunteerId);
    }

    @Transactional
    public AvailabilityView view(UUID volunteerId) {
        return new AvailabilityView(volunteerId,
                WeeklySlot.<WeeklySlot>list("volunteerId = ?1 order by dayOfWeek, fromTime", volunteerId).stream()
                        .map(WeeklySlot::slot)
                        .toList(),
                Blackout.<Blackout>list("volunteerId = ?1 order by startsOn", volunteerId).stream()
                        .map(b -> new AvailabilityInput.BlackoutInput(b.startsOn, b.endsOn, b.note))
                        .toList());
    }

    /** Every volunteer's blackouts in one query. */
    public static Map<UUID, List<Availability.Period>> blackouts(Collection<UUID> volunteerIds) {
        if (volunteerIds.isEmpty()) {
            return Map.of();
        }
        return Blackout.<Blackout>list("volunteerId in ?1", volunteerIds).stream()
                .collect(Collectors.groupingBy(b -> b.volunteerId,
                        Collectors.mapping(Blackout::period, Collectors.toList())));
    }

    /** Every volunteer's weekly pattern in one query; a volunteer without one is absent. */
    public static Map<UUID, List<AvailabilityInput.Slot>> weekly(Collection<UUID> volunteerIds) {
        if (volunteerIds.isEmpty()) {
            return Map.of();
        }
        return WeeklySlot.<WeeklySlot>list("volunteerId in ?1", volunteerIds).stream()
                .collect(Collectors.groupingBy(s -> s.volunteerId,
                        Collectors.mapping(WeeklySlot::slot, Collectors.toList())));
    }

    public record AvailabilityView(UUID volunteerId, List<AvailabilityInput.Slot> weekly,
            List<AvailabilityInput.BlackoutInput> blackouts) {
    }
}
