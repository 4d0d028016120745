package be.koepel.volunteer.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/** Reads the rota over a window: per hospital as a {@link RotaTimeline}, per volunteer as their shifts. */
@ApplicationScoped
public class RotaTimelines {

    /** The hospital's rota over [from, to). */
    @Transactional
    public RotaTimeline timeline(String hospitalId, Instant from, Instant to) {
        List<RotaComposition.Entry> shifts = Shift.<Shift>list(
                "hospitalId = ?1 and startsAt < ?3 and endsAt > ?2", hospitalId, from, to).stream()
                .map(s -> new RotaComposition.Entry(s.volunteer.id, s.rank, s.startsAt, s.endsAt, RotaComposition.SHIFT))
                .toList();
        List<RotationPlan> rotations = Rotation.<Rotation>list("hospitalId", hospitalId).stream()
                .map(Rotation::plan).toList();
        List<RotaComposition.Replacement> overrides = RotaOverride.<RotaOverride>list(
                "hospitalId = ?1 and startsAt < ?3 and endsAt > ?2", hospitalId, from, to).stream()
                .map(RotaOverride::replacement).toList();
        return RotaTimeline.of(shifts, rotations, overrides, from, to);
    }

    /** Every hospital that has a rota: a shift, a rotation or an override. */
    @Transactional
    public List<String> hospitals() {
        TreeSet<String> ids = new TreeSet<>();
        var em = Shift.getEntityManager();
        ids.addAll(em.createQuery("select distinct s.hospitalId from Shift s", String.class).getResultList());
        ids.addAll(em.createQuery("select distinct r.hospitalId from Rotation r", String.class).getResultList());
        ids.addAll(em.createQuery("select distinct o.hospitalId from RotaOverride o", String.class).getResultList());
        return List.copyOf(ids);
    }

    /** The hospitals whose rota names the volunteer: in a shift, a rotation or as someone's replacement. */
    @Transactional
    public List<String> hospitalsOf(UUID volunteerId) {
        TreeSet<String> ids = new TreeSet<>();
        var em = Shift.getEntityManager();
        ids.addAll(em.createQuery("select distinct s.hospitalId from Shift s where s.volunteer.id = :v", String.class)
                .setParameter("v", volunteerId).getResultList());
        ids.addAll(em.createQuery("select distinct o.hospitalId from RotaOverride o where o.replacementId = :v",
                String.class).setParameter("v", volunteerId).getResultList());
        // Participants are one comma-separated column; the uuid's text cannot occur inside another's.
        ids.addAll(em.createNativeQuery("select distinct hospital_id from rota_rotation where participants like :v")
                .setParameter("v", "%" + volunteerId + "%").getResultList().stream().map(Object::toString).toList());
        return List.copyOf(ids);
    }

    /** A volunteer's shifts for every hospital in [from, to), by start. */
    @Transactional
    public List<be.koepel.contracts.volunteer.Shift> shiftsOf(UUID volunteerId, Instant from, Instant to) {
        List<be.koepel.contracts.volunteer.Shift> shifts = new ArrayList<>();
        for (String hospital : hospitalsOf(volunteerId)) {
            Schedule schedule = Schedule.of(hospital);
            timeline(hospital, from, to).shiftsOf(volunteerId).forEach(p -> shifts.add(
                    new be.koepel.contracts.volunteer.Shift(schedule.id(), schedule.name(), schedule.hospitals(),
                            p.startsAt(), p.endsAt())));
        }
        shifts.sort(Comparator.comparing(be.koepel.contracts.volunteer.Shift::startsAt)
                .thenComparing(be.koepel.contracts.volunteer.Shift::scheduleName));
        return List.copyOf(shifts);
    }
}
