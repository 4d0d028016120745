package be.koepel.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario A: durable intake throughput. POST /api/referrals with the realistic mix of
 * {@link ReferralMix}, from seven organisations with their own tokens, at offered rates that
 * step up until the service saturates: it answers less than 90 % of what is offered, or more
 * than 1 % fails. Each 201 means the referral and its outbox event are committed.
 */
final class IntakeThroughput {

    record Step(int offeredPerSecond, long sent, long created, long failed, double achievedPerSecond,
            Latency.Summary latency, boolean saturated, String error, CpuUse.Share cpu) {
    }

    record Result(List<Step> steps, double peakPerSecond) {
    }

    private IntakeThroughput() {
    }

    static Result run(Load load) {
        List<Step> steps = new ArrayList<>();
        double peak = 0;
        for (int rate : load.options.intakeRates()) {
            Step step = step(load, rate, load.options.step());
            steps.add(step);
            peak = Math.max(peak, step.achievedPerSecond());
            Bench.say("A %5d/s offered: %7.1f/s created, %d failed, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms%s".formatted(
                    rate, step.achievedPerSecond(), step.failed(), step.latency().p50(), step.latency().p99(),
                    step.latency().p999(), step.saturated() ? " (saturated)" : ""));
            load.settle(Duration.ofMinutes(5));
            if (step.saturated()) {
                break;
            }
        }
        return new Result(steps, peak);
    }

    static Step step(Load load, int rate, Duration duration) {
        Latency latency = new Latency();
        AtomicLong created = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        CpuUse.Snapshot cpuBefore = load.cpu.take();
        long start = System.nanoTime();
        long sent = OpenLoad.run(rate, duration, due -> load.api.post(load.mix.next('A', load.random)).thenAccept(posted -> {
            if (posted.created()) {
                created.incrementAndGet();
                latency.recordNanos(posted.answeredNanos() - due);
            } else {
                failed.incrementAndGet();
            }
            lastAnswer.accumulateAndGet(posted.answeredNanos(), Math::max);
        }));
        load.api.drain(load.options.maxInFlight(), Duration.ofSeconds(60));
        CpuUse.Share cpu = CpuUse.between(cpuBefore, load.cpu.take());
        double seconds = Math.max(duration.toNanos(), lastAnswer.get() - start) / 1e9;
        double achieved = created.get() / seconds;
        boolean saturated = achieved < 0.9 * rate || failed.get() > sent / 100;
        return new Step(rate, sent, created.get(), failed.get(), achieved, latency.summary(), saturated,
                failed.get() > 0 ? load.api.lastError() : null, cpu);
    }
}
