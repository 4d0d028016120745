package be.koepel.bench;

import java.time.Duration;
import java.util.SplittableRandom;

/** What every scenario uses: the options, the stack, the referral client and the referral mix. */
final class Load {

    final BenchOptions options;
    final Stack stack;
    final ReferralApi api;
    final ReferralMix mix;
    final SmsGatewaySink sms;
    final CpuUse cpu;
    /** Only the pacing thread draws from it. */
    final SplittableRandom random = new SplittableRandom(8);

    Load(BenchOptions options, Stack stack, ReferralMix mix) {
        this.options = options;
        this.stack = stack;
        this.mix = mix;
        this.sms = stack.sms();
        this.cpu = new CpuUse(stack);
        this.api = new ReferralApi(stack.url("referral-service"), stack.credentials(), options.maxInFlight());
    }

    /** Waits for answers still in flight, then until no page has arrived for two seconds (at most a minute). */
    void settle() {
        settle(Duration.ofSeconds(60));
    }

    /**
     * Waits for answers still in flight, then until no page has arrived for two seconds, at most
     * {@code max}: a saturated step leaves pages queued, which would be counted against the next.
     */
    void settle(Duration max) {
        api.drain(options.maxInFlight(), Duration.ofSeconds(60));
        long deadline = System.nanoTime() + max.toNanos();
        long last = sms.texts();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos()) {
            StartedStack.sleep(200);
            long now = sms.texts();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
        if (System.nanoTime() >= deadline) {
            Bench.say("pages were still arriving after " + max.toSeconds() + " s; going on");
        }
    }
}
