package be.koepel.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scenario D: how late escalations fire after their deadline. ER referrals whose first page
 * nobody answers; when its acknowledgement deadline passes, notification-service pages the
 * second on call. Lateness = the moment the second page reaches the SMS gateway minus the first
 * page's deadline ({@code acknowledgeBy}, as notification-service's pages API shows it to a
 * coordinator). Both clocks are this machine's.
 */
final class EscalationTimeliness {

    /**
     * Lateness split at the second page's creation: the escalation timer's part (deadline → the next
     * step's page committed) and the delivery's part (that page → its SMS at the gateway).
     */
    record Breakdown(Latency.Summary untilNextPageCreated, Latency.Summary nextPageCreatedUntilSms) {
    }

    record Result(int pages, long escalated, long missing, long deadlineUnknown, Latency.Summary lateness,
            Breakdown breakdown, CpuUse.Share cpu,
            Duration acknowledgeWithin) {
    }

    private EscalationTimeliness() {
    }

    static Result run(Load load) {
        int pages = load.options.escalationPages();
        Map<String, String> referralByRoom = new ConcurrentHashMap<>();
        Duration duration = Duration.ofMillis(Math.round(pages * 1000.0 / load.options.escalationRate()));
        Bench.say("D: %d unanswered ER pages at %d/s, deadline %s".formatted(pages, load.options.escalationRate(),
                load.options.acknowledgeWithin()));
        CpuUse.Snapshot cpuBefore = load.cpu.take();
        OpenLoad.run(load.options.escalationRate(), duration, due -> {
            ReferralMix.ReferralRequest referral = load.mix.er('D', load.random);
            load.api.post(referral).thenAccept(posted -> {
                if (posted.created()) {
                    referralByRoom.put(referral.room(), posted.referralId());
                }
            });
        });
        load.api.drain(load.options.maxInFlight(), Duration.ofSeconds(60));
        awaitEscalations(load, referralByRoom.keySet(), load.options.acknowledgeWithin().plusSeconds(60));
        CpuUse.Share cpu = CpuUse.between(cpuBefore, load.cpu.take());

        Latency lateness = new Latency();
        Latency untilNextPageCreated = new Latency();
        Latency nextPageCreatedUntilSms = new Latency();
        long escalated = 0;
        long unknown = 0;
        for (Map.Entry<String, String> referral : referralByRoom.entrySet()) {
            Optional<SmsGatewaySink.Arrival> second = secondPage(load.sms.arrivals(referral.getKey()));
            if (second.isEmpty()) {
                continue;
            }
            escalated++;
            Optional<Instant> deadline = firstDeadline(load, referral.getValue());
            if (deadline.isEmpty()) {
                unknown++;
                continue;
            }
            lateness.recordMicros(ChronoUnit.MICROS.between(deadline.get(), second.get().at()));
            Optional<Instant> secondPaged = PagesApi.page(load, referral.getValue(), 2)
                    .filter(page -> page.hasNonNull("pagedAt"))
                    .map(page -> Instant.parse(page.get("pagedAt").asText()));
            if (secondPaged.isPresent()) {
                untilNextPageCreated.recordMicros(ChronoUnit.MICROS.between(deadline.get(), secondPaged.get()));
                nextPageCreatedUntilSms.recordMicros(ChronoUnit.MICROS.between(secondPaged.get(), second.get().at()));
            }
        }
        Result result = new Result(referralByRoom.size(), escalated, referralByRoom.size() - escalated, unknown,
                lateness.summary(), new Breakdown(untilNextPageCreated.summary(), nextPageCreatedUntilSms.summary()), cpu,
                load.options.acknowledgeWithin());
        Bench.say("D: %d escalated of %d, late by p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms".formatted(
                escalated, result.pages(), result.lateness().p50(), result.lateness().p99(), result.lateness().p999(),
                result.lateness().max()));
        return result;
    }

    /** The first page that went to another phone than the first page: the escalation. */
    static Optional<SmsGatewaySink.Arrival> secondPage(List<SmsGatewaySink.Arrival> arrivals) {
        if (arrivals.size() < 2) {
            return Optional.empty();
        }
        List<SmsGatewaySink.Arrival> inOrder = arrivals.stream()
                .sorted(Comparator.comparing(SmsGatewaySink.Arrival::at)).toList();
        String first = inOrder.get(0).to();
        return inOrder.stream().filter(a -> !a.to().equals(first)).findFirst();
    }

    private static void awaitEscalations(Load load, java.util.Set<String> rooms, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (rooms.stream().allMatch(room -> secondPage(load.sms.arrivals(room)).isPresent())) {
                return;
            }
            StartedStack.sleep(200);
        }
    }

    /** The deadline of the rank-1 page, from GET /api/pages?referralId= as a coordinator. */
    private static Optional<Instant> firstDeadline(Load load, String referralId) {
        return PagesApi.firstPage(load, referralId)
                .filter(page -> page.hasNonNull("acknowledgeBy"))
                .map(page -> Instant.parse(page.get("acknowledgeBy").asText()));
    }
}
