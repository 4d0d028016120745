package be.koepel.volunteer.rota;

import be.koepel.platform.problem.Problem;
import be.koepel.volunteer.availability.Availabilities;
import be.koepel.volunteer.availability.Availability;
import be.koepel.volunteer.availability.AvailabilityInput;
import be.koepel.volunteer.volunteer.TrainingRecord;
import be.koepel.volunteer.volunteer.Volunteer;
import be.koepel.volunteer.volunteer.VolunteerPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The on-call rota: who is paged for an ER referral at a hospital at a given instant. Each schedule serving the
 * hospital (its own, then a shared one) combines explicit shifts, rotations and overrides as
 * {@link RotaComposition} describes; whoever cannot be paged for that hospital (paused, retired, trainings not
 * valid) is skipped; then {@link HospitalOnCall} puts the schedules' answers in one paging order.
 */
@ApplicationScoped
public class Rota {

    /** The region's zone: the rota is planned in local time across daylight-saving changes. */
    public static final ZoneId REGION = ZoneId.of("Europe/Brussels");

    private final Clock clock;
    private final VolunteerPool pool;
    private final ShiftNotices notices;
    private final Schedules schedules;
    private final RotaConfig config;
    private final RotaTimelines timelines;

    public Rota(Clock clock, VolunteerPool pool, ShiftNotices notices, Schedules schedules, RotaConfig config,
            RotaTimelines timelines) {
        this.clock = clock;
        this.timelines = timelines;
        this.pool = pool;
        this.notices = notices;
        this.schedules = schedules;
        this.config = config;
    }

    @Transactional
    public Shift add(NewShift request) {
        Schedule schedule = checked(ShiftRules.violations(request, VolunteerPool::exists),
                request.hospitalId(), request.scheduleId());
        ShiftNotices.Snapshot before = notices.before(schedule.id());
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.volunteer = Volunteer.getEntityManager().getReference(Volunteer.class, request.volunteerId());
        shift.scheduleId = schedule.id();
        shift.hospitalId = ownHospital(schedule);
        shift.startsAt = request.startsAt().toInstant();
        shift.endsAt = request.endsAt().toInstant();
        shift.rank = request.rank();
        shift.createdAt = clock.instant();
        shift.persist();
        notices.after(before, List.of(request.volunteerId()), ShiftNotices.ROTATION_CHANGED);
        return shift;
    }

    @Transactional
    public Rotation add(NewRotation request) {
        Schedule schedule = checked(RotationRules.rotationViolations(request, VolunteerPool::exists),
                request.hospitalId(), request.scheduleId());
        ShiftNotices.Snapshot before = notices.before(schedule.id());
        Rotation rotation = new Rotation();
        rotation.id = UUID.randomUUID();
        rotation.scheduleId = schedule.id();
        rotation.hospitalId = ownHospital(schedule);
        rotation.name = request.name().trim();
        rotation.kind = request.kind();
        rotation.handOffTime = request.handOffTime();
        rotation.firstHandOff = request.firstHandOff();
        rotation.participants = request.participants().stream().map(UUID::toString).toList();
        rotation.rank = request.rank();
        rotation.createdAt = clock.instant();
        rotation.persist();
        notices.after(before, request.participants(), ShiftNotices.ROTATION_CHANGED);
        return rotation;
    }

    @Transactional
    public RotaOverride add(NewOverride request) {
        return add(request, ShiftNotices.OVERRIDE);
    }

    /** @param reason OVERRIDE, or SWAP_APPROVED when an approved swap becomes this override */
    @Transactional
    public RotaOverride add(NewOverride request, String reason) {
        Schedules.Target target = schedules.target(request.hospitalId(), request.scheduleId());
        List<RotaComposition.Replacement> existing = target.schedule() == null ? List.of()
                : RotaOverride.<RotaOverride>list("scheduleId = ?1 and replacedId = ?2", target.schedule().id(),
                        request.replacedVolunteerId()).stream().map(RotaOverride::replacement).toList();
        Schedule schedule = checked(RotationRules.overrideViolations(request,
                target.schedule() == null ? null : target.schedule().name(), existing, VolunteerPool::exists), target);
        ShiftNotices.Snapshot before = notices.before(schedule.id());
        RotaOverride override = new RotaOverride();
        override.id = UUID.randomUUID();
        override.scheduleId = schedule.id();
        override.hospitalId = ownHospital(schedule);
        override.replacedId = request.replacedVolunteerId();
        override.replacementId = request.volunteerId();
        override.startsAt = request.startsAt().toInstant();
        override.endsAt = request.endsAt().toInstant();
        override.createdAt = clock.instant();
        override.persist();
        notices.after(before, List.of(override.replacedId, override.replacementId), reason);
        return override;
    }

    /** Who can be paged: the pageable volunteers on call, in paging order. */
    @Transactional
    public List<OnCallShift> onCall(String hospitalId, Instant at) {
        return whoIsOnCall(hospitalId, at).onCall();
    }

    /**
     * Everyone the rota puts on call, split into who can be paged and who is skipped with the reasons
     * (paused, retired, a training expired). Joins the caller's transaction when there is one, so a
     * consumer reads and publishes in one.
     */
    @Transactional
    public OnCallAnswer whoIsOnCall(String hospitalId, Instant at) {
        List<HospitalOnCall.Layer> layers = schedules.serving(hospitalId).stream()
                .map(schedule -> layer(schedule, hospitalId, at)).toList();
        return HospitalOnCall.combine(layers);
    }

    /** One schedule's answer at the instant, with pageability judged for the hospital asked about. */
    private HospitalOnCall.Layer layer(Schedule schedule, String hospitalId, Instant at) {
        List<RotaComposition.Entry> shifts = Shift.<Shift>list(
                "scheduleId = ?1 and startsAt <= ?2 and endsAt > ?2", schedule.id(), at).stream()
                .map(s -> new RotaComposition.Entry(s.volunteer.id, s.rank, s.startsAt, s.endsAt, RotaComposition.SHIFT))
                .toList();
        List<RotationPlan.Turn> turns = Rotation.<Rotation>list("scheduleId", schedule.id()).stream()
                .map(r -> r.plan().turnAt(at))
                .flatMap(Optional::stream)
                .toList();
        List<RotaComposition.Replacement> overrides = RotaOverride.<RotaOverride>list(
                "scheduleId = ?1 and startsAt <= ?2 and endsAt > ?2", schedule.id(), at).stream()
                .map(RotaOverride::replacement).toList();
        List<RotaComposition.Entry> entries = RotaComposition.compose(shifts, turns, overrides);
        List<UUID> ids = entries.stream().map(RotaComposition.Entry::volunteerId).distinct().toList();
        return judged(schedule, hospitalId, LocalDate.ofInstant(at, REGION), entries, facts(ids));
    }

    /** What judging pageability needs to know of the volunteers a rota names, read once for all of them. */
    public record Facts(Map<UUID, Volunteer> volunteers, Map<UUID, List<TrainingRecord>> trainings,
            Map<UUID, List<Availability.Period>> blackouts) {
    }

    @Transactional
    public Facts facts(Collection<UUID> volunteerIds) {
        Map<UUID, Volunteer> volunteers = volunteerIds.isEmpty() ? Map.of()
                : Volunteer.<Volunteer>list("id in ?1", volunteerIds).stream()
                        .collect(Collectors.toMap(v -> v.id, Function.identity()));
        return new Facts(volunteers, VolunteerPool.trainings(volunteerIds), Availabilities.blackouts(volunteerIds));
    }

    /**
     * One schedule's entries on a local day, split into who can be paged for the hospital and who is skipped with
     * the reasons: the judgement of the on-call answer, which gap detection applies to every part of its window.
     */
    public HospitalOnCall.Layer judged(Schedule schedule, String hospitalId, LocalDate day,
            List<RotaComposition.Entry> entries, Facts facts) {
        List<OnCallShift> pageable = new ArrayList<>();
        List<OnCallAnswer.Skipped> skipped = new ArrayList<>();
        for (RotaComposition.Entry entry : entries) {
            Volunteer volunteer = facts.volunteers().get(entry.volunteerId());
            if (volunteer == null) {
                continue; // a rotation participant is checked on creation; a deleted volunteer simply drops out
            }
            OnCallShift shift = new OnCallShift(volunteer.id, volunteer.displayName, volunteer.languages, entry.rank(),
                    entry.startsAt(), entry.endsAt(), entry.source(), schedule.id(), schedule.name());
            // A shared schedule's peer is paged for this hospital, so this hospital's required trainings apply.
            List<String> obstacles = new ArrayList<>(pool.obstacles(volunteer,
                    facts.trainings().getOrDefault(volunteer.id, List.of()), hospitalId, day));
            // A holiday or a bad week is respected like a pause, whatever the rota says.
            Availability.blackoutOn(facts.blackouts().getOrDefault(volunteer.id, List.of()), day)
                    .ifPresent(b -> obstacles.add("blackout from " + b.startsOn() + " to " + b.endsOn()));
            if (obstacles.isEmpty()) {
                pageable.add(shift);
            } else {
                skipped.add(new OnCallAnswer.Skipped(shift, obstacles));
            }
        }
        return new HospitalOnCall.Layer(pageable, skipped);
    }

    /**
     * Warnings for putting a volunteer on call during [start, end): each blackout it touches, and the times outside
     * their weekly availability.
     */
    @Transactional
    public List<String> warnings(UUID volunteerId, Instant start, Instant end) {
        return warnings(volunteerId, start, end, List.of(new Availability.Stretch(start, end)));
    }

    /**
     * Warnings for an override, also one an approved swap became: the replacement's blackouts in its period, and
     * the times outside their weekly availability when they actually stand in, not the whole period asked for.
     */
    @Transactional
    public List<String> warnings(RotaOverride override) {
        List<Availability.Stretch> standsIn = timelines.timeline(override.scheduleId, override.startsAt,
                override.endsAt).shiftsOf(override.replacementId, RotaComposition.OVERRIDE).stream()
                .map(p -> new Availability.Stretch(p.startsAt(), p.endsAt())).toList();
        return warnings(override.replacementId, override.startsAt, override.endsAt, standsIn);
    }

    private List<String> warnings(UUID volunteerId, Instant start, Instant end, List<Availability.Stretch> onCall) {
        return Volunteer.<Volunteer>findByIdOptional(volunteerId).map(v -> {
            List<String> warnings = new ArrayList<>(Availability.warnings(v.displayName,
                    Availabilities.blackouts(List.of(volunteerId)).getOrDefault(volunteerId, List.of()),
                    start, end, REGION));
            if (onCall.isEmpty()) {
                return List.copyOf(warnings);
            }
            Availability.weeklyWarning(v.displayName,
                    Availabilities.weekly(List.of(volunteerId)).getOrDefault(volunteerId, List.of()), onCall, REGION)
                    .ifPresent(warnings::add);
            return List.copyOf(warnings);
        }).orElse(List.of());
    }

    /**
     * Warnings for a rotation's first weeks, from now or from its first hand-off when the rotation is planned to
     * start later: the turns that fall in a participant's blackout, and per participant the turns outside their
     * weekly availability.
     */
    @Transactional
    public List<String> warnings(Rotation rotation) {
        Instant now = clock.instant();
        Instant firstHandOff = rotation.firstHandOff.atTime(rotation.handOffTime).atZone(REGION).toInstant();
        Instant from = firstHandOff.isAfter(now) ? firstHandOff : now;
        List<RotationPlan.Turn> blackoutTurns = rotation.plan().turnsBetween(from,
                from.plus(Duration.ofDays(config.blackoutWarningDays())));
        List<String> warnings = new ArrayList<>(blackoutTurns.stream()
                .flatMap(turn -> warnings(turn.volunteerId(), turn.startsAt(), turn.endsAt(), List.of()).stream())
                .distinct()
                .toList());
        Map<UUID, List<Availability.Stretch>> turnsOf = new LinkedHashMap<>();
        rotation.plan().turnsBetween(from, from.plus(Duration.ofDays(config.weeklyPatternWarningDays())))
                .forEach(turn -> turnsOf.computeIfAbsent(turn.volunteerId(), v -> new ArrayList<>())
                        .add(new Availability.Stretch(turn.startsAt(), turn.endsAt())));
        Map<UUID, List<AvailabilityInput.Slot>> weekly = Availabilities.weekly(turnsOf.keySet());
        Map<UUID, Volunteer> volunteers = facts(turnsOf.keySet()).volunteers();
        turnsOf.forEach((volunteerId, turns) -> Optional.ofNullable(volunteers.get(volunteerId))
                .flatMap(v -> Availability.weeklyWarning(v.displayName, weekly.getOrDefault(volunteerId, List.of()),
                        turns, REGION))
                .ifPresent(warnings::add));
        return List.copyOf(warnings);
    }

    public Instant now() {
        return clock.instant();
    }

    public static OffsetDateTime local(Instant instant) {
        return instant.atZone(REGION).toOffsetDateTime();
    }

    /** The schedule the entry goes on, or a 400 with every violation: the entry's own and the target's. */
    private Schedule checked(List<Problem.Violation> violations, String hospitalId, UUID scheduleId) {
        return checked(violations, schedules.target(hospitalId, scheduleId));
    }

    private static Schedule checked(List<Problem.Violation> violations, Schedules.Target target) {
        List<Problem.Violation> all = new ArrayList<>(target.violations());
        all.addAll(violations);
        Schedules.throwIfAny(all);
        return target.schedule();
    }

    private static String ownHospital(Schedule schedule) {
        return schedule.own() ? schedule.hospitals().get(0) : null;
    }
}
