package be.koepel.volunteer.rota;

import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which schedules serve a hospital, and the shared schedules coordinators keep. A hospital is served by its own
 * schedule and, when attached to one, a shared schedule: in that order (see {@link HospitalOnCall}).
 */
@ApplicationScoped
public class Schedules {

    private final ShiftNotices notices;
    private final Clock clock;

    public Schedules(ShiftNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** The hospital's own schedule first, then its shared one if it has one. */
    @Transactional
    public List<Schedule> serving(String hospitalId) {
        List<Schedule> serving = new ArrayList<>(List.of(Schedule.of(hospitalId)));
        sharedOf(hospitalId).ifPresent(serving::add);
        return List.copyOf(serving);
    }

    @Transactional
    public Optional<Schedule> sharedOf(String hospitalId) {
        return SharedSchedule.<SharedSchedule>find("select s from SharedSchedule s join s.hospitals h where h = ?1",
                hospitalId).firstResultOptional().map(SharedSchedule::schedule);
    }

    @Transactional
    public Optional<Schedule> shared(UUID id) {
        return SharedSchedule.<SharedSchedule>findByIdOptional(id).map(SharedSchedule::schedule);
    }

    /** Every hospital in a shared schedule. */
    @Transactional
    public List<String> attachedHospitals() {
        return SharedSchedule.getEntityManager()
                .createQuery("select distinct h from SharedSchedule s join s.hospitals h", String.class)
                .getResultList();
    }

    /**
     * The schedule a new rota entry goes on: a hospital's own or a shared one.
     *
     * @return the violations with the field to correct, or the schedule
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Target target(String hospitalId, UUID scheduleId) {
        List<Problem.Violation> violations = ScheduleRules.targetViolations(hospitalId, scheduleId,
                id -> SharedSchedule.findById(id) != null);
        if (!violations.isEmpty()) {
            return new Target(null, violations);
        }
        return new Target(scheduleId == null ? Schedule.of(hospitalId) : shared(scheduleId).orElseThrow(), List.of());
    }

    /** @param schedule null when there are violations */
    public record Target(Schedule schedule, List<Problem.Violation> violations) {
    }

    @Transactional
    public SharedSchedule create(NewSchedule request) {
        throwIfAny(ScheduleRules.newScheduleViolations(request, this::known));
        if (SharedSchedule.count("name", request.name().trim()) > 0) {
            throw ProblemException.conflict("A shared schedule named '" + request.name().trim() + "' exists already");
        }
        UUID id = UUID.randomUUID();
        ScheduleRules.attachmentConflict(request.hospitals(), id, sharedByHospital())
                .ifPresent(conflict -> {
                    throw ProblemException.conflict(conflict);
                });
        SharedSchedule schedule = new SharedSchedule();
        schedule.id = id;
        schedule.name = request.name().trim();
        schedule.hospitals = new HashSet<>(request.hospitals());
        schedule.createdAt = clock.instant();
        schedule.persist();
        return schedule;
    }

    /** Idempotent: attaching a hospital that is already in this schedule changes nothing. */
    @Transactional
    public SharedSchedule attach(UUID id, HospitalAttachment request) {
        SharedSchedule schedule = require(id);
        throwIfAny(ScheduleRules.attachmentViolations(request, this::known));
        ScheduleRules.attachmentConflict(List.of(request.hospitalId()), id, sharedByHospital())
                .ifPresent(conflict -> {
                    throw ProblemException.conflict(conflict);
                });
        if (!schedule.hospitals.contains(request.hospitalId())) {
            ShiftNotices.Snapshot before = notices.before(id);
            schedule.hospitals.add(request.hospitalId());
            // Their shifts now name one more hospital.
            notices.after(before, before.shifts().keySet(), ShiftNotices.ROTATION_CHANGED);
        }
        return schedule;
    }

    @Transactional
    public SharedSchedule detach(UUID id, String hospitalId) {
        SharedSchedule schedule = require(id);
        if (!schedule.hospitals.contains(hospitalId)) {
            throw ProblemException.notFound("Hospital " + hospitalId + " in shared schedule " + id);
        }
        if (schedule.hospitals.size() == 1) {
            throw ProblemException.conflict("A shared schedule serves at least one hospital; "
                    + hospitalId + " is its last");
        }
        ShiftNotices.Snapshot before = notices.before(id);
        schedule.hospitals.remove(hospitalId);
        notices.after(before, before.shifts().keySet(), ShiftNotices.ROTATION_CHANGED);
        return schedule;
    }

    static SharedSchedule require(UUID id) {
        return SharedSchedule.<SharedSchedule>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Shared schedule " + id));
    }

    /** A hospital the network knows: a volunteer serves it, or it has a rota of its own. */
    boolean known(String hospitalId) {
        var em = SharedSchedule.getEntityManager();
        // Hospitals served are one comma-separated column; commas around both sides match whole ids only.
        return !em.createNativeQuery("""
                select 1 from volunteer where position(:served in ',' || hospitals || ',') > 0
                union all select 1 from rota_shift where hospital_id = :hospital
                union all select 1 from rota_rotation where hospital_id = :hospital
                limit 1""")
                .setParameter("served", "," + hospitalId + ",")
                .setParameter("hospital", hospitalId)
                .getResultList().isEmpty();
    }

    private static Map<String, Schedule> sharedByHospital() {
        return SharedSchedule.<SharedSchedule>listAll().stream()
                .map(SharedSchedule::schedule)
                .flatMap(s -> s.hospitals().stream().map(h -> Map.entry(h, s)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    static void throwIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
    }
}
