package be.koepel.volunteer.rota;

import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import be.koepel.volunteer.availability.Availabilities;
import be.koepel.volunteer.availability.Availability;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The on-call rota per hospital: who is paged for an ER referral at a given instant. It combines
 * explicit shifts, rotations and overrides as {@link RotaComposition} describes, then skips whoever
 * cannot be paged (paused, retired, trainings not valid).
 */
@ApplicationScoped
public class Rota {

    /** The region's zone: the rota is planned in local time across daylight-saving changes. */
    public static final ZoneId REGION = ZoneId.of("Europe/Brussels");

    /** How far ahead a new rotation is checked against blackouts: coordinators plan the rota about four weeks out. */
    static final Duration ROTATION_WARNING_HORIZON = Duration.ofDays(28);

    private final Clock clock;
    private final VolunteerPool pool;
    private final ShiftNotices notices;

    public Rota(Clock clock, VolunteerPool pool, ShiftNotices notices) {
        this.clock = clock;
        this.pool = pool;
        this.notices = notices;
    }

    @Transactional
    public Shift add(NewShift request) {
        throwIfAny(ShiftRules.violations(request, VolunteerPool::exists));
        ShiftNotices.Snapshot before = notices.before(request.hospitalId());
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.volunteer = Volunteer.getEntityManager().getReference(Volunteer.class, request.volunteerId());
        shift.hospitalId = request.hospitalId();
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
        throwIfAny(RotationRules.rotationViolations(request, VolunteerPool::exists));
        ShiftNotices.Snapshot before = notices.before(request.hospitalId());
        Rotation rotation = new Rotation();
        rotation.id = UUID.randomUUID();
        rotation.hospitalId = request.hospitalId();
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
        List<RotaComposition.Replacement> existing = RotaOverride.<RotaOverride>list(
                "hospitalId = ?1 and replacedId = ?2", request.hospitalId(), request.replacedVolunteerId())
                .stream().map(RotaOverride::replacement).toList();
        throwIfAny(RotationRules.overrideViolations(request, existing, VolunteerPool::exists));
        ShiftNotices.Snapshot before = notices.before(request.hospitalId());
        RotaOverride override = new RotaOverride();
        override.id = UUID.randomUUID();
        override.hospitalId = request.hospitalId();
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
        List<RotaComposition.Entry> shifts = Shift.<Shift>list(
                "hospitalId = ?1 and startsAt <= ?2 and endsAt > ?2", hospitalId, at).stream()
                .map(s -> new RotaComposition.Entry(s.volunteer.id, s.rank, s.startsAt, s.endsAt, RotaComposition.SHIFT))
                .toList();
        List<RotationPlan.Turn> turns = Rotation.<Rotation>list("hospitalId", hospitalId).stream()
                .map(r -> r.plan().turnAt(at))
                .flatMap(Optional::stream)
                .toList();
        List<RotaComposition.Replacement> overrides = RotaOverride.<RotaOverride>list(
                "hospitalId = ?1 and startsAt <= ?2 and endsAt > ?2", hospitalId, at).stream()
                .map(RotaOverride::replacement).toList();
        List<RotaComposition.Entry> entries = RotaComposition.compose(shifts, turns, overrides);

        List<UUID> ids = entries.stream().map(RotaComposition.Entry::volunteerId).distinct().toList();
        Map<UUID, Volunteer> volunteers = ids.isEmpty() ? Map.of()
                : Volunteer.<Volunteer>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(v -> v.id, Function.identity()));
        Map<UUID, List<TrainingRecord>> trainings = VolunteerPool.trainings(ids);
        Map<UUID, List<Availability.Period>> blackouts = Availabilities.blackouts(ids);
        LocalDate day = LocalDate.ofInstant(at, REGION);
        List<OnCallShift> pageable = new ArrayList<>();
        List<OnCallAnswer.Skipped> skipped = new ArrayList<>();
        for (RotaComposition.Entry entry : entries) {
            Volunteer volunteer = volunteers.get(entry.volunteerId());
            if (volunteer == null) {
                continue; // a rotation participant is checked on creation; a deleted volunteer simply drops out
            }
            OnCallShift shift = new OnCallShift(volunteer.id, volunteer.displayName, volunteer.languages, entry.rank(),
                    entry.startsAt(), entry.endsAt(), entry.source());
            List<String> obstacles = new ArrayList<>(pool.obstacles(volunteer,
                    trainings.getOrDefault(volunteer.id, List.of()), hospitalId, day));
            // A holiday or a bad week is respected like a pause, whatever the rota says.
            Availability.blackoutOn(blackouts.getOrDefault(volunteer.id, List.of()), day)
                    .ifPresent(b -> obstacles.add("blackout from " + b.startsOn() + " to " + b.endsOn()));
            if (obstacles.isEmpty()) {
                pageable.add(shift);
            } else {
                skipped.add(new OnCallAnswer.Skipped(shift, obstacles));
            }
        }
        return new OnCallAnswer(OnCallOrder.order(pageable), List.copyOf(skipped));
    }

    /** Warnings for putting a volunteer on call during [start, end): each blackout it touches. */
    @Transactional
    public List<String> warnings(UUID volunteerId, Instant start, Instant end) {
        return Volunteer.<Volunteer>findByIdOptional(volunteerId)
                .map(v -> Availability.warnings(v.displayName,
                        Availabilities.blackouts(List.of(volunteerId)).getOrDefault(volunteerId, List.of()),
                        start, end, REGION))
                .orElse(List.of());
    }

    /** Warnings for the turns of a rotation in the coming weeks that fall in a participant's blackout. */
    @Transactional
    public List<String> warnings(Rotation rotation) {
        Instant now = clock.instant();
        return rotation.plan().turnsBetween(now, now.plus(ROTATION_WARNING_HORIZON)).stream()
                .flatMap(turn -> warnings(turn.volunteerId(), turn.startsAt(), turn.endsAt()).stream())
                .distinct()
                .toList();
    }

    public Instant now() {
        return clock.instant();
    }

    public static OffsetDateTime local(Instant instant) {
        return instant.atZone(REGION).toOffsetDateTime();
    }

    private static void throwIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
    }
}
