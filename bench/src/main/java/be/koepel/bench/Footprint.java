package be.koepel.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scenario C: each service's resident memory after the warm-up, at the moment the run has
 * created the target number of referrals (by whichever scenario; topped up with the intake mix
 * at the end if the others did not get there), the highest seen in between, and each service's
 * time from process start to its first answer.
 */
final class Footprint implements AutoCloseable {

    record ServiceFootprint(String service, Duration startToFirstAnswer, double rssAfterWarmupMiB,
            double rssAtTargetMiB, double rssPeakMiB) {
    }

    record Result(List<ServiceFootprint> services, long referralsAtWarmup, long referralsAtTarget, double topUpPerSecond) {
    }

    private final Map<String, Double> afterWarmup = new LinkedHashMap<>();
    private final Map<String, Double> atTarget = new ConcurrentHashMap<>();
    private final Map<String, Double> peak = new ConcurrentHashMap<>();
    private volatile long referralsAtTarget = -1;
    private long referralsAtWarmup;
    private Thread watcher;
    private volatile boolean watching;

    /** Right after the warm-up; from then on RSS is sampled twice a second until the target is reached. */
    void afterWarmup(Load load) {
        for (Stack.Service service : load.stack.services()) {
            afterWarmup.put(service.name(), service.rssMiB());
        }
        referralsAtWarmup = load.api.created();
        Bench.say("C: RSS after warm-up (MiB) " + afterWarmup);
        watching = true;
        watcher = new Thread(() -> watch(load), "rss-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch(Load load) {
        long target = load.options.footprintReferrals();
        while (watching) {
            boolean reached = referralsAtTarget < 0 && load.api.created() >= target;
            long count = load.api.created();
            for (Stack.Service service : load.stack.services()) {
                double rss = service.rssMiB();
                peak.merge(service.name(), rss, Math::max);
                if (reached) {
                    atTarget.put(service.name(), rss);
                }
            }
            if (reached) {
                referralsAtTarget = count;
                Bench.say("C: " + count + " referrals created; RSS (MiB) " + atTarget);
            }
            StartedStack.sleep(500);
        }
    }

    /** Tops the run up to the target number of referrals at {@code perSecond} if need be, then reports. */
    Result afterLoad(Load load, double perSecond) {
        long missing = load.options.footprintReferrals() - load.api.created();
        if (missing > 0) {
            Duration duration = Duration.ofMillis(Math.round(missing * 1000.0 / perSecond));
            Bench.say("C: %d more referrals at %.0f/s (%d s) to reach %d".formatted(missing, perSecond,
                    duration.toSeconds(), load.options.footprintReferrals()));
            OpenLoad.run(perSecond, duration, due -> load.api.post(load.mix.next('C', load.random)));
            load.settle();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (referralsAtTarget < 0 && System.nanoTime() < deadline) {
            StartedStack.sleep(100); // the watcher's next sample
        }
        close();
        List<ServiceFootprint> services = load.stack.services().stream()
                .map(s -> new ServiceFootprint(s.name(), s.startToFirstAnswer(), afterWarmup.getOrDefault(s.name(), -1.0),
                        atTarget.getOrDefault(s.name(), s.rssMiB()), peak.getOrDefault(s.name(), -1.0)))
                .toList();
        return new Result(services, referralsAtWarmup, referralsAtTarget < 0 ? load.api.created() : referralsAtTarget,
                perSecond);
    }

    @Override
    public void close() {
        watching = false;
    }
}
