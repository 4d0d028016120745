package be.koepel.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;

/**
 * Scenario B: ER end-to-end latency, from the 201 that the hospital's system gets to the moment
 * the bench's SMS gateway receives the page for the on-call peer supporter. ER referrals only,
 * at a steady rate per step. The peer taps the answer link at once, as most do, so that the
 * escalations stop.
 */
final class ErPageLatency {

    record Step(int perSecond, long posted, long paged, long missing, Latency.Summary endToEnd,
            Latency.Summary intake, Histogram histogram, Breakdown breakdown, CpuUse.Share cpu) {
    }

    /**
     * Where the time goes, for a sample of the step's referrals: from the 201 until
     * notification-service created the page (the outbox relays, two Kafka hops, volunteer-service's
     * matching), and from then until the SMS reached the gateway (the dispatcher and the HTTP hop).
     */
    record Breakdown(int sampled, Latency.Summary untilPageCreated, Latency.Summary pageCreatedUntilSms) {
    }

    private static final int BREAKDOWN_SAMPLE = 200;

    private ErPageLatency() {
    }

    static List<Step> run(Load load) {
        List<Step> steps = new ArrayList<>();
        for (int rate : load.options.erRates()) {
            Step step = step(load, rate, load.options.step());
            steps.add(step);
            Bench.say("B %3d ER/s: %d posted, %d paged, %d not paged; 201→SMS p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms"
                    .formatted(rate, step.posted(), step.paged(), step.missing(), step.endToEnd().p50(),
                            step.endToEnd().p99(), step.endToEnd().p999()));
            load.settle();
        }
        return steps;
    }

    static Step step(Load load, int rate, Duration duration) {
        Map<String, Instant> createdAt = new ConcurrentHashMap<>();
        Map<String, String> referralIds = new ConcurrentHashMap<>();
        Latency intake = new Latency();
        CpuUse.Snapshot cpuBefore = load.cpu.take();
        OpenLoad.run(rate, duration, due -> {
            ReferralMix.ReferralRequest referral = load.mix.er('B', load.random);
            load.api.post(referral).thenAccept(posted -> {
                if (posted.created()) {
                    createdAt.put(referral.room(), posted.answeredAt());
                    referralIds.put(referral.room(), posted.referralId());
                    intake.recordNanos(posted.answeredNanos() - due);
                }
            });
        });
        load.api.drain(load.options.maxInFlight(), Duration.ofSeconds(60));
        awaitPages(load, createdAt.keySet(), Duration.ofSeconds(30));
        CpuUse.Share cpu = CpuUse.between(cpuBefore, load.cpu.take());
        Latency endToEnd = new Latency();
        long paged = 0;
        for (Map.Entry<String, Instant> referral : createdAt.entrySet()) {
            List<SmsGatewaySink.Arrival> pages = load.sms.arrivals(referral.getKey());
            if (!pages.isEmpty()) {
                // wall clock on both ends: the stack's own SMS sink (running stack) stamps arrivals with it
                Instant first = pages.stream().map(SmsGatewaySink.Arrival::at).min(Instant::compareTo).orElseThrow();
                endToEnd.recordMicros(ChronoUnit.MICROS.between(referral.getValue(), first));
                paged++;
            }
        }
        return new Step(rate, createdAt.size(), paged, createdAt.size() - paged, endToEnd.summary(), intake.summary(),
                endToEnd.histogram(), breakdown(load, createdAt, referralIds), cpu);
    }

    private static Breakdown breakdown(Load load, Map<String, Instant> createdAt, Map<String, String> referralIds) {
        Latency before = new Latency();
        Latency after = new Latency();
        int sampled = 0;
        for (Map.Entry<String, Instant> referral : createdAt.entrySet()) {
            if (sampled >= BREAKDOWN_SAMPLE) {
                break;
            }
            List<SmsGatewaySink.Arrival> pages = load.sms.arrivals(referral.getKey());
            if (pages.isEmpty()) {
                continue;
            }
            Instant sms = pages.stream().map(SmsGatewaySink.Arrival::at).min(Instant::compareTo).orElseThrow();
            Optional<Instant> pagedAt = PagesApi.firstPage(load, referralIds.get(referral.getKey()))
                    .map(page -> page.hasNonNull("pagedAt") ? Instant.parse(page.get("pagedAt").asText()) : null);
            if (pagedAt.isPresent()) {
                before.recordMicros(ChronoUnit.MICROS.between(referral.getValue(), pagedAt.get()));
                after.recordMicros(ChronoUnit.MICROS.between(pagedAt.get(), sms));
                sampled++;
            }
        }
        return new Breakdown(sampled, before.summary(), after.summary());
    }

    /** Until every room has a page, or the grace period passed without a new one. */
    static void awaitPages(Load load, java.util.Collection<String> rooms, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline) {
            if (rooms.stream().allMatch(room -> !load.sms.arrivals(room).isEmpty())) {
                return;
            }
            StartedStack.sleep(100);
        }
    }
}
