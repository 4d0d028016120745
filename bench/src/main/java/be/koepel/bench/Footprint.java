package be.koepel.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario C: each service's resident memory after the warm-up and again once the run has
 * created the target number of referrals (topped up with the intake mix after the other
 * scenarios), and each service's time from process start to its first answer.
 */
final class Footprint {

    record ServiceFootprint(String service, Duration startToFirstAnswer, double rssAfterWarmupMiB, double rssAfterLoadMiB) {
    }

    record Result(List<ServiceFootprint> services, long referralsAtWarmup, long referralsAtEnd, double topUpPerSecond) {
    }

    private final Map<String, Double> afterWarmup = new LinkedHashMap<>();
    private long referralsAtWarmup;

    /** Right after the warm-up. */
    void afterWarmup(Load load) {
        for (Stack.Service service : load.stack.services()) {
            afterWarmup.put(service.name(), service.rssMiB());
        }
        referralsAtWarmup = load.api.created();
        Bench.say("C: RSS after warm-up " + afterWarmup);
    }

    /** Tops the run up to the target number of referrals at {@code perSecond}, then measures again. */
    Result afterLoad(Load load, double perSecond) {
        long missing = load.options.footprintReferrals() - load.api.created();
        if (missing > 0) {
            Duration duration = Duration.ofMillis(Math.round(missing * 1000.0 / perSecond));
            Bench.say("C: %d more referrals at %.0f/s (%d s) to reach %d".formatted(missing, perSecond,
                    duration.toSeconds(), load.options.footprintReferrals()));
            // a little over the target, since a few may fail; what counts is the created number reported
            OpenLoad.run(perSecond, duration, due -> load.api.post(load.mix.next('C', load.random)));
            load.settle();
        }
        List<ServiceFootprint> services = load.stack.services().stream()
                .map(s -> new ServiceFootprint(s.name(), s.startToFirstAnswer(), afterWarmup.getOrDefault(s.name(), -1.0),
                        s.rssMiB()))
                .toList();
        return new Result(services, referralsAtWarmup, load.api.created(), perSecond);
    }
}
