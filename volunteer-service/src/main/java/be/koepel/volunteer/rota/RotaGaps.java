package be.koepel.volunteer.rota;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.volunteer.RotaGapDetected;
import be.koepel.contracts.volunteer.RotaGapDetected.Kind;
import be.koepel.platform.outbox.Outbox;
import be.koepel.platform.work.BackgroundLoop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Periods in the coming days when a hospital has nobody who can be paged: either nobody is on call
 * ({@link Kind#NOBODY_SCHEDULED}) or everyone on call is skipped by the on-call answer's own judgement — paused,
 * retired, in a blackout, without a training the hospital requires ({@link Kind#NOBODY_PAGEABLE}). Pageability is
 * judged per local day (pauses, blackouts and trainings are whole days), so such a gap starts and ends at a local
 * midnight or where the rota changes. A hospital served by a shared schedule too has a gap only where neither its
 * own rota nor the shared one has anyone pageable; such a gap is reported on the shared schedule, the hospital's
 * last line of cover, as one gap naming every hospital it leaves uncovered for that period. The window starts at
 * the local midnight of the day it is asked for, so a scan every hour finds the same gaps with the same ids; a gap
 * that runs on past the horizon is cut there and announced again, longer, when the horizon moves on a day.
 */
@ApplicationScoped
public class RotaGaps {

    /**
     * Someone the rota puts on call during a gap who cannot be paged, with the reasons. These are personal (a
     * pause, a blackout): coordinators read them; events do not carry them.
     */
    public record Unpageable(UUID volunteerId, String displayName, String scheduleName, List<String> reasons) {
    }

    /**
     * A gap: nobody pageable for the schedule during [startsAt, endsAt).
     *
     * @param unpageable empty for {@link Kind#NOBODY_SCHEDULED}
     */
    public record Gap(UUID gapId, Schedule schedule, Instant startsAt, Instant endsAt, Kind kind,
            List<Unpageable> unpageable) {
    }

    /** One hospital's uncovered period, before hospitals sharing a schedule are put together. */
    private record Uncovered(RotaTimeline.Period period, Kind kind, List<Unpageable> unpageable) {
    }

    private final RotaTimelines timelines;
    private final Schedules schedules;
    private final Rota rota;
    private final Outbox outbox;
    private final EntityManager em;
    private final RotaConfig config;
    private final Clock clock;
    private final BackgroundLoop loop;

    public RotaGaps(RotaTimelines timelines, Schedules schedules, Rota rota, Outbox outbox, EntityManager em,
            RotaConfig config, Clock clock) {
        this.timelines = timelines;
        this.schedules = schedules;
        this.rota = rota;
        this.outbox = outbox;
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.loop = new BackgroundLoop("rota-gap-scan", config.gapScanInterval(), () -> {
            scan(clock.instant());
            return config.gapScanInterval();
        });
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop(Duration.ofSeconds(5));
    }

    /** Every hospital's gaps in the horizon from the local day of {@code at}, by schedule name and start. */
    @Transactional
    public List<Gap> gaps(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, Rota.REGION);
        Instant from = day.atStartOfDay(Rota.REGION).toInstant();
        Instant to = day.plusDays(config.horizonDays()).atStartOfDay(Rota.REGION).toInstant();
        Map<UUID, RotaTimeline> bySchedule = new HashMap<>();
        Map<String, List<Schedule>> servingByHospital = new LinkedHashMap<>();
        for (String hospital : timelines.hospitals()) {
            List<Schedule> serving = schedules.serving(hospital);
            servingByHospital.put(hospital, serving);
            serving.forEach(s -> bySchedule.computeIfAbsent(s.id(), id -> timelines.timeline(id, from, to)));
        }
        Rota.Facts facts = rota.facts(bySchedule.values().stream().flatMap(t -> t.volunteers().stream())
                .collect(Collectors.toSet()));
        // Per schedule reported on, period and kind: the hospitals left uncovered, in order, and who is skipped.
        Map<Schedule, Map<Key, List<String>>> hospitalsOf = new LinkedHashMap<>();
        Map<Schedule, Map<Key, Map<Who, Unpageable>>> skippedOf = new HashMap<>();
        servingByHospital.forEach((hospital, serving) -> {
            Schedule last = serving.get(serving.size() - 1);
            for (Uncovered u : uncovered(hospital, serving, bySchedule, facts, from, to)) {
                Key key = new Key(u.period(), u.kind());
                hospitalsOf.computeIfAbsent(last, s -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new ArrayList<>()).add(hospital);
                merge(skippedOf.computeIfAbsent(last, s -> new HashMap<>())
                        .computeIfAbsent(key, k -> new LinkedHashMap<>()), u.unpageable());
            }
        });
        List<Gap> gaps = new ArrayList<>();
        hospitalsOf.forEach((schedule, periods) -> periods.forEach((key, hospitals) -> {
            Schedule named = schedule.serving(hospitals);
            gaps.add(new Gap(gapId(named, key.period()), named, key.period().startsAt(), key.period().endsAt(),
                    key.kind(), List.copyOf(skippedOf.get(schedule).get(key).values())));
        }));
        gaps.sort(Comparator.comparing((Gap g) -> g.schedule().name()).thenComparing(Gap::startsAt));
        return List.copyOf(gaps);
    }

    private record Key(RotaTimeline.Period period, Kind kind) {
    }

    /**
     * A hospital's uncovered periods in [from, to): the window is cut wherever one of its schedules' rota changes
     * and at every local midnight, and each part judged as the on-call answer would judge its first instant.
     * Adjacent parts of the same kind are one period.
     */
    private List<Uncovered> uncovered(String hospital, List<Schedule> serving, Map<UUID, RotaTimeline> bySchedule,
            Rota.Facts facts, Instant from, Instant to) {
        TreeSet<Instant> cuts = new TreeSet<>(List.of(to));
        for (LocalDate day = LocalDate.ofInstant(from, Rota.REGION); day.atStartOfDay(Rota.REGION).toInstant()
                .isBefore(to); day = day.plusDays(1)) {
            cuts.add(day.atStartOfDay(Rota.REGION).toInstant());
        }
        serving.forEach(s -> bySchedule.get(s.id()).segments().forEach(seg -> cuts.add(seg.startsAt())));
        List<Uncovered> periods = new ArrayList<>();
        Instant start = null;
        for (Instant cut : cuts) {
            if (start != null) {
                judged(hospital, serving, bySchedule, facts, start, cut).ifPresent(u -> add(periods, u));
            }
            start = cut;
        }
        return periods;
    }

    /** The part [start, end) uncovered, or empty when someone can be paged then. */
    private Optional<Uncovered> judged(String hospital, List<Schedule> serving, Map<UUID, RotaTimeline> bySchedule,
            Rota.Facts facts, Instant start, Instant end) {
        LocalDate day = LocalDate.ofInstant(start, Rota.REGION);
        Map<Who, Unpageable> skipped = new LinkedHashMap<>();
        for (Schedule schedule : serving) {
            List<RotaComposition.Entry> entries = bySchedule.get(schedule.id()).segments().stream()
                    .filter(seg -> !seg.startsAt().isAfter(start) && seg.endsAt().isAfter(start))
                    .findFirst().map(RotaTimeline.Segment::onCall).orElse(List.of());
            HospitalOnCall.Layer layer = rota.judged(schedule, hospital, day, entries, facts);
            if (!layer.pageable().isEmpty()) {
                return Optional.empty();
            }
            merge(skipped, layer.skipped().stream().map(k -> new Unpageable(k.shift().volunteerId(),
                    k.shift().displayName(), k.shift().scheduleName(), k.reasons())).toList());
        }
        RotaTimeline.Period period = new RotaTimeline.Period(start, end);
        return Optional.of(skipped.isEmpty() ? new Uncovered(period, Kind.NOBODY_SCHEDULED, List.of())
                : new Uncovered(period, Kind.NOBODY_PAGEABLE, List.copyOf(skipped.values())));
    }

    /** Appends the part, or lengthens the last period when it is adjacent and of the same kind. */
    private static void add(List<Uncovered> periods, Uncovered part) {
        Uncovered last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (last != null && last.kind() == part.kind() && last.period().endsAt().equals(part.period().startsAt())) {
            Map<Who, Unpageable> skipped = new LinkedHashMap<>();
            merge(skipped, last.unpageable());
            merge(skipped, part.unpageable());
            periods.set(periods.size() - 1, new Uncovered(
                    new RotaTimeline.Period(last.period().startsAt(), part.period().endsAt()), part.kind(),
                    List.copyOf(skipped.values())));
        } else {
            periods.add(part);
        }
    }

    /** A volunteer on one schedule: someone on two schedules is named for each, with that schedule's reasons. */
    private record Who(UUID volunteerId, String scheduleName) {
    }

    /** Adds people to those already named, one entry per volunteer and schedule with every reason seen. */
    private static void merge(Map<Who, Unpageable> into, List<Unpageable> more) {
        for (Unpageable u : more) {
            into.merge(new Who(u.volunteerId(), u.scheduleName()), u, (a, b) -> {
                LinkedHashSet<String> reasons = new LinkedHashSet<>(a.reasons());
                reasons.addAll(b.reasons());
                return new Unpageable(a.volunteerId(), a.displayName(), a.scheduleName(), List.copyOf(reasons));
            });
        }
    }

    /** Announces the gaps not announced before; each in its own short transaction with its record. */
    public int scan(Instant at) {
        int announced = 0;
        for (Gap gap : QuarkusTransaction.requiringNew().call(() -> gaps(at))) {
            if (QuarkusTransaction.requiringNew().call(() -> announce(gap))) {
                announced++;
            }
        }
        return announced;
    }

    private boolean announce(Gap gap) {
        Instant now = clock.instant();
        int recorded = em.createNativeQuery("""
                insert into rota_gap_report (gap_id, schedule_id, starts_at, ends_at, reported_at)
                values (:gap, :schedule, :starts, :ends, :now)
                on conflict (gap_id) do nothing""")
                .setParameter("gap", gap.gapId())
                .setParameter("schedule", gap.schedule().id())
                .setParameter("starts", gap.startsAt())
                .setParameter("ends", gap.endsAt())
                .setParameter("now", now)
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        // Schedule, period and kind only: who is skipped and why (a pause, a blackout) is personal and stays with
        // the coordinators' endpoint.
        outbox.publish(Topics.VOLUNTEER_EVENTS, EventTypes.ROTA_GAP_DETECTED, gap.schedule().id().toString(),
                new RotaGapDetected(gap.gapId(), gap.schedule().id(), gap.schedule().name(), gap.schedule().hospitals(),
                        gap.startsAt(), gap.endsAt(), now, gap.kind()));
        return true;
    }

    /**
     * A hospital's own schedule keeps the id it always had; a shared schedule's gap also names the hospitals it
     * leaves uncovered, so a gap that comes to leave another hospital uncovered too is announced again.
     */
    static UUID gapId(Schedule schedule, RotaTimeline.Period period) {
        String hospitals = schedule.own() ? "" : String.join(",", schedule.hospitals()) + ":";
        return UUID.nameUUIDFromBytes(("gap:" + schedule.id() + ":" + hospitals + period.startsAt() + ":"
                + period.endsAt()).getBytes(StandardCharsets.UTF_8));
    }
}
