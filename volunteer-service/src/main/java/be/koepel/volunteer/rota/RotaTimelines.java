package be.koepel.volunteer.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** Reads the rota over a window: per schedule as a {@link RotaTimeline}, per volunteer as their shifts. */
@ApplicationScoped
public class RotaTimelines {

    private final Schedules schedules;

    public RotaTimelines(Schedules schedules) {
        this.schedules = schedules;
    }

    /** One schedule's rota over [from, to): a hospital's own or a shared one. */
    @Transactional
    public RotaTimeline timeline(UUID scheduleId, Instant from, Instant to) {
        List<RotaComposition.Entry> shifts = Shift.<Shift>list(
                "scheduleId = ?1 and startsAt < ?3 and endsAt > ?2", scheduleId, from, to).stream()
                .map(s -> new RotaComposition.Entry(s.volunteer.id, s.rank, s.startsAt, s.endsAt, RotaComposition.SHIFT))
                .toList();
        List<RotationPlan> rotations = Rotation.<Rotation>list("scheduleId", scheduleId).stream()
                .map(Rotation::plan).toList();
        List<RotaComposition.Replacement> overrides = RotaOverride.<RotaOverride>list(
                "scheduleId = ?1 and startsAt < ?3 and endsAt > ?2", scheduleId, from, to).stream()
                .map(RotaOverride::replacement).toList();
        return RotaTimeline.of(shifts, rotations, overrides, from, to);
    }

    /** Every hospital that has a rota: a shift, a rotation or an override of its own, or a shared schedule. */
    @Transactional
    public List<String> hospitals() {
        TreeSet<String> ids = new TreeSet<>();
        var em = Shift.getEntityManager();
        ids.addAll(em.createQuery("select distinct s.hospitalId from Shift s where s.hospitalId is not null",
                String.class).getResultList());
        ids.addAll(em.createQuery("select distinct r.hospitalId from Rotation r where r.hospitalId is not null",
                String.class).getResultList());
        ids.addAll(em.createQuery("select distinct o.hospitalId from RotaOverride o where o.hospitalId is not null",
                String.class).getResultList());
        ids.addAll(schedules.attachedHospitals());
        return List.copyOf(ids);
    }

    /** The schedules whose rota names the volunteer: in a shift, a rotation or as someone's replacement. */
    @Transactional
    public List<Schedule> schedulesOf(UUID volunteerId) {
        var em = Shift.getEntityManager();
        List<Object[]> keys = new ArrayList<>();
        keys.addAll(em.createQuery("select distinct s.scheduleId, s.hospitalId from Shift s where s.volunteer.id = :v",
                Object[].class).setParameter("v", volunteerId).getResultList());
        keys.addAll(em.createQuery("select distinct o.scheduleId, o.hospitalId from RotaOverride o "
                + "where o.replacementId = :v", Object[].class).setParameter("v", volunteerId).getResultList());
        // Participants are one comma-separated column; the uuid's text cannot occur inside another's.
        @SuppressWarnings("unchecked")
        List<Object[]> rotations = em.createNativeQuery(
                "select distinct schedule_id, hospital_id from rota_rotation where participants like :v")
                .setParameter("v", "%" + volunteerId + "%").getResultList();
        keys.addAll(rotations);
        TreeSet<UUID> seen = new TreeSet<>();
        List<Schedule> found = new ArrayList<>();
        for (Object[] key : keys) {
            UUID id = (UUID) key[0];
            if (seen.add(id)) {
                (key[1] != null ? Optional.of(Schedule.of((String) key[1])) : schedules.shared(id))
                        .ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /** A volunteer's shifts on every schedule in [from, to), by start. */
    @Transactional
    public List<be.koepel.contracts.volunteer.Shift> shiftsOf(UUID volunteerId, Instant from, Instant to) {
        List<be.koepel.contracts.volunteer.Shift> shifts = new ArrayList<>();
        for (Schedule schedule : schedulesOf(volunteerId)) {
            timeline(schedule.id(), from, to).shiftsOf(volunteerId).forEach(p -> shifts.add(
                    new be.koepel.contracts.volunteer.Shift(schedule.id(), schedule.name(), schedule.hospitals(),
                            p.startsAt(), p.endsAt())));
        }
        shifts.sort(Comparator.comparing(be.koepel.contracts.volunteer.Shift::startsAt)
                .thenComparing(be.koepel.contracts.volunteer.Shift::scheduleName));
        return List.copyOf(shifts);
    }
}
