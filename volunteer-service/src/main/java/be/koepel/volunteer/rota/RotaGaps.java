package be.koepel.volunteer.rota;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.volunteer.RotaGapDetected;
import be.koepel.platform.outbox.Outbox;
import be.koepel.platform.work.BackgroundLoop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/**
 * Periods in the coming days when a hospital has nobody on call (overrides taken into account), and a scan that
 * announces each one once. A hospital served by a shared schedule too has a gap only where neither its own rota
 * nor the shared one has anyone; such a gap is reported on the shared schedule, the hospital's last line of
 * cover, as one gap naming every hospital it leaves uncovered for that period. The window starts at the local midnight of the day it is asked for, so a
 * scan every hour finds the same gaps with the same ids; a gap that runs on past the horizon is cut there and
 * announced again, longer, when the horizon moves on a day.
 */
@ApplicationScoped
public class RotaGaps {

    /** A gap: nobody on call for the schedule during [startsAt, endsAt). */
    public record Gap(UUID gapId, Schedule schedule, Instant startsAt, Instant endsAt) {
    }

    private final RotaTimelines timelines;
    private final Schedules schedules;
    private final Outbox outbox;
    private final EntityManager em;
    private final RotaConfig config;
    private final Clock clock;
    private final BackgroundLoop loop;

    public RotaGaps(RotaTimelines timelines, Schedules schedules, Outbox outbox, EntityManager em, RotaConfig config,
            Clock clock) {
        this.timelines = timelines;
        this.schedules = schedules;
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
    public List<Gap> gaps(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, Rota.REGION);
        Instant from = day.atStartOfDay(Rota.REGION).toInstant();
        Instant to = day.plusDays(config.horizonDays()).atStartOfDay(Rota.REGION).toInstant();
        Map<UUID, List<RotaTimeline.Period>> gapsBySchedule = new HashMap<>();
        // Per schedule reported on and period: the hospitals left uncovered, in order.
        Map<Schedule, Map<RotaTimeline.Period, List<String>>> uncovered = new LinkedHashMap<>();
        for (String hospital : timelines.hospitals()) {
            List<Schedule> serving = schedules.serving(hospital);
            List<RotaTimeline.Period> open = List.of(new RotaTimeline.Period(from, to));
            for (Schedule schedule : serving) {
                open = RotaTimeline.common(open, gapsBySchedule.computeIfAbsent(schedule.id(),
                        id -> timelines.timeline(id, from, to).gaps()));
            }
            Map<RotaTimeline.Period, List<String>> periods = uncovered.computeIfAbsent(
                    serving.get(serving.size() - 1), s -> new LinkedHashMap<>());
            open.forEach(p -> periods.computeIfAbsent(p, k -> new ArrayList<>()).add(hospital));
        }
        List<Gap> gaps = new ArrayList<>();
        uncovered.forEach((schedule, periods) -> periods.forEach((period, hospitals) -> {
            Schedule named = schedule.serving(hospitals);
            gaps.add(new Gap(gapId(named, period), named, period.startsAt(), period.endsAt()));
        }));
        gaps.sort(Comparator.comparing((Gap g) -> g.schedule().name()).thenComparing(Gap::startsAt));
        return List.copyOf(gaps);
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
        outbox.publish(Topics.VOLUNTEER_EVENTS, EventTypes.ROTA_GAP_DETECTED, gap.schedule().id().toString(),
                new RotaGapDetected(gap.gapId(), gap.schedule().id(), gap.schedule().name(), gap.schedule().hospitals(),
                        gap.startsAt(), gap.endsAt(), now));
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
