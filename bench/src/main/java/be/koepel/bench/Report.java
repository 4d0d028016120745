package be.koepel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * bench/results/&lt;date&gt;/report.md: what ran where, the machine's limit, the four scenarios,
 * the end-to-end figures as ratios to the limit, and the comparison with the goals of issue 8.
 */
final class Report {

    static final double ER_P99_GOAL_MS = 250;
    static final int ER_GOAL_RATE = 20;
    static final double INTAKE_GOAL_PER_SECOND = 1500;
    static final double RSS_GOAL_MIB = 200;
    static final double LATENESS_P99_GOAL_MS = 1000;

    /** Everything one run measured; a scenario that did not run is null or empty. */
    record Run(String command, String note, Instant started, Duration took, String machine, String loadBefore,
            String loadAfter, String stack, Map<String, Map<String, String>> serviceConfig,
            MachineLimit.Limits limits, IntakeThroughput.Result intake, PostgresStatements.Top intakeStatements,
            List<ErPageLatency.Step> er, Footprint.Result footprint, EscalationTimeliness.Result escalation,
            PostgresStatements.Top escalationStatements, Warmup warmup, Sms sms) {
    }

    record Warmup(long referrals, long erPaged, long erPosted) {
    }

    record Sms(long texts, long answered, long answersRefused, long notOurs) {
    }

    private Report() {
    }

    static Path write(Run run, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path report = dir.resolve("report.md");
        boolean plotted = false;
        if (!run.er().isEmpty()) {
            LatencyPlot.write(run.er(), ER_P99_GOAL_MS, dir.resolve("er-latency.png"));
            plotted = true;
            for (ErPageLatency.Step step : run.er()) {
                try (PrintStream out = new PrintStream(Files.newOutputStream(dir.resolve("er-latency-" + step.perSecond()
                        + "-per-s.hgrm")), true, StandardCharsets.UTF_8)) {
                    step.histogram().outputPercentileDistribution(out, 1000.0); // in ms
                }
            }
        }
        try (PrintStream out = new PrintStream(Files.newOutputStream(report), true, StandardCharsets.UTF_8)) {
            write(run, plotted, out);
        }
        return report;
    }

    private static void write(Run run, boolean plotted, PrintStream out) {
        MachineLimit.Limits l = run.limits();
        out.println("# Koepel bench report");
        out.println();
        if (!run.note().isBlank()) {
            out.println("> **" + run.note() + "**");
            out.println();
        }
        out.println("- Started: " + run.started() + ", took " + run.took().toSeconds() + " s");
        out.println("- Command: `" + run.command() + "`");
        out.println("- Machine: " + run.machine());
        out.println("- Load average (1, 5, 15 min) before: " + run.loadBefore() + "; after: " + run.loadAfter()
                + ". On a quiet machine the figure before is well under 1; above the core count, other work was running"
                + " and every figure below is distorted by it.");
        out.println("- Stack: " + run.stack());
        out.println("- The bench (load generator, SMS gateway sink) runs on the same cores as the stack.");
        if (!run.serviceConfig().isEmpty()) {
            out.println("- Configuration changed for this run (`--set`): " + run.serviceConfig());
        }
        out.printf(Locale.ROOT, "- Warm-up: %d referrals; %d of %d ER referrals paged.%n", run.warmup().referrals(),
                run.warmup().erPaged(), run.warmup().erPosted());
        out.println();

        goals(run, out);

        out.println("## The machine's limit (raw hops, same PostgreSQL server and Kafka broker, same run)");
        out.println();
        out.println("| hop | p50 ms | p99 ms | p99.9 ms | max ms | samples | throughput |");
        out.println("|---|---:|---:|---:|---:|---:|---|");
        row(out, "durable insert + commit of a referral-sized row (1 connection)", l.insertCommit(),
                fmt(l.insertsPerSecondOneConnection()) + "/s on 1 connection, " + fmt(l.insertsPerSecondEightConnections())
                        + "/s on 8");
        row(out, "Kafka produce, acks=all, until acked", l.produceAck(), "");
        row(out, "Kafka produce (acks=all) → consume", l.produceConsume(), "");
        out.println();
        double sumP50 = rawErPath(l, true);
        double sumP99 = rawErPath(l, false);
        out.printf(Locale.ROOT, "The ER path's raw hops: the referral committed with its outbox event, %s, the proposal"
                + " committed, %s, the page committed: 3 × insert+commit + 2 × produce→consume = **%s ms at p50, %s ms"
                + " at p99** (sum of the hops' p99s). The relay's and dispatcher's own commits, the HTTP hop to the"
                + " gateway and all code are what the end-to-end figure adds to it.%n%n",
                "referral.received.v1 produced and consumed", "peer-candidates.proposed.v1 produced and consumed",
                fmt(sumP50), fmt(sumP99));

        if (run.intake() != null) {
            out.println("## A: intake throughput (POST /api/referrals, mix of ER, ward, GP, OCMW and CAW referrals)");
            out.println();
            out.println("Latency from the moment each request was due (open loop, no coordinated omission) to its 201."
                    + " Saturated: less than 90 % of the offered rate created, or more than 1 % failed.");
            out.println();
            out.println("| offered /s | created /s | created | failed | p50 ms | p99 ms | p99.9 ms | max ms | × raw 8-conn. inserts/s | |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            for (IntakeThroughput.Step s : run.intake().steps()) {
                out.printf(Locale.ROOT, "| %d | %s | %d | %d | %s | %s | %s | %s | %s | %s |%n", s.offeredPerSecond(),
                        fmt(s.achievedPerSecond()), s.created(), s.failed(), fmt(s.latency().p50()), fmt(s.latency().p99()),
                        fmt(s.latency().p999()), fmt(s.latency().max()),
                        ratio(s.achievedPerSecond(), l.insertsPerSecondEightConnections()),
                        s.saturated() ? "saturated" + (s.error() != null ? ": " + clip(s.error()) : "") : "");
            }
            out.println();
            out.printf(Locale.ROOT, "Peak durable intake **%s referrals/s** = %s of the raw ceiling (%s durable inserts/s"
                    + " on 8 connections). Each referral costs one commit of several rows (referral, trajectory, outbox"
                    + " event, idempotency ledger).%n%n", fmt(run.intake().peakPerSecond()),
                    ratio(run.intake().peakPerSecond(), l.insertsPerSecondEightConnections()),
                    fmt(l.insertsPerSecondEightConnections()));
            cpuTable(out, "offered /s", run.intake().steps().stream()
                    .map(s -> Map.entry(Integer.toString(s.offeredPerSecond()), s.cpu())).toList());
            statementsTable(out, run.intakeStatements(), run.intake().steps().stream()
                    .mapToLong(IntakeThroughput.Step::created).sum(), "created referral");
        }

        if (!run.er().isEmpty()) {
            out.println("## B: ER end-to-end latency (201 → the page at the SMS gateway)");
            out.println();
            out.println("| ER referrals /s | posted | paged | not paged | p50 ms | p99 ms | p99.9 ms | max ms | p50 ÷ raw p50 | p99 ÷ raw p99 | intake p99 ms |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (ErPageLatency.Step s : run.er()) {
                out.printf(Locale.ROOT, "| %d | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s |%n", s.perSecond(),
                        s.posted(), s.paged(), s.missing(), fmt(s.endToEnd().p50()), fmt(s.endToEnd().p99()),
                        fmt(s.endToEnd().p999()), fmt(s.endToEnd().max()), ratio(s.endToEnd().p50(), sumP50),
                        ratio(s.endToEnd().p99(), sumP99), fmt(s.intake().p99()));
            }
            out.println();
            out.println("Where the time goes (a sample of each step's referrals; notification-service's own pagedAt from its pages API):");
            out.println();
            out.println("| ER referrals /s | sampled | 201 → page created p50 ms | p99 ms | page created → SMS at the gateway p50 ms | p99 ms |");
            out.println("|---:|---:|---:|---:|---:|---:|");
            for (ErPageLatency.Step s : run.er()) {
                ErPageLatency.Breakdown b = s.breakdown();
                out.printf(Locale.ROOT, "| %d | %d | %s | %s | %s | %s |%n", s.perSecond(), b.sampled(),
                        fmt(b.untilPageCreated().p50()), fmt(b.untilPageCreated().p99()),
                        fmt(b.pageCreatedUntilSms().p50()), fmt(b.pageCreatedUntilSms().p99()));
            }
            out.println();
            cpuTable(out, "ER referrals /s", run.er().stream()
                    .map(s -> Map.entry(Integer.toString(s.perSecond()), s.cpu())).toList());
            out.println("201 → page created: referral-service's outbox relay, referral.received.v1 to volunteer-service, its"
                    + " matching and outbox relay, peer-candidates.proposed.v1 to notification-service, the page's commit."
                    + " Page created → SMS: the page dispatcher's claim, the HTTP call to the gateway.");
            out.println();
            if (plotted) {
                out.println("![ER latency by percentile](er-latency.png)");
                out.println();
                out.println("Full percentile distributions: `er-latency-<rate>-per-s.hgrm` (HdrHistogram, ms).");
                out.println();
            }
        }

        if (run.footprint() != null) {
            Footprint.Result f = run.footprint();
            out.println("## C: footprint");
            out.println();
            out.printf(Locale.ROOT, "RSS from /proc/<pid>/status (VmRSS), with the JVM options in 'Stack' above."
                    + " After warm-up: %d referrals created; at the target: %d (topped up at %s/s if the"
                    + " other scenarios did not get there); peak: the highest sample (every 0.5 s) in between.%n%n",
                    f.referralsAtWarmup(), f.referralsAtTarget(), fmt(f.topUpPerSecond()));
            out.println("| service | start → first answer s | RSS after warm-up MiB | RSS at " + f.referralsAtTarget()
                    + " referrals MiB | peak RSS MiB |");
            out.println("|---|---:|---:|---:|---:|");
            for (Footprint.ServiceFootprint s : f.services()) {
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", s.service(),
                        s.startToFirstAnswer() == null ? "n/a (running stack)" : fmt(s.startToFirstAnswer().toMillis() / 1000.0),
                        mib(s.rssAfterWarmupMiB()), mib(s.rssAtTargetMiB()), mib(s.rssPeakMiB()));
            }
            out.println();
            out.println("Start → first answer: from the process start to the first 200 of /q/health/ready; the services"
                    + " start one after the other.");
            out.println();
        }

        if (run.escalation() != null) {
            EscalationTimeliness.Result d = run.escalation();
            out.println("## D: escalation timeliness");
            out.println();
            out.printf(Locale.ROOT, "%d ER referrals whose first page nobody answers, deadline %s ms. Lateness = the"
                    + " second page at the gateway minus the first page's acknowledgeBy.%n%n", d.pages(),
                    d.acknowledgeWithin().toMillis());
            out.println("| pages | escalated | not escalated | deadline unknown | p50 ms | p99 ms | p99.9 ms | max ms |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
            out.printf(Locale.ROOT, "| %d | %d | %d | %d | %s | %s | %s | %s |%n", d.pages(), d.escalated(), d.missing(),
                    d.deadlineUnknown(), fmt(d.lateness().p50()), fmt(d.lateness().p99()), fmt(d.lateness().p999()),
                    fmt(d.lateness().max()));
            out.println();
            out.println("| part | p50 ms | p99 ms | p99.9 ms | max ms |");
            out.println("|---|---:|---:|---:|---:|");
            out.printf(Locale.ROOT, "| deadline → next step's page created (escalation timer) | %s |%n",
                    percentiles(d.breakdown().untilNextPageCreated()));
            out.printf(Locale.ROOT, "| page created → SMS at the gateway (delivery) | %s |%n",
                    percentiles(d.breakdown().nextPageCreatedUntilSms()));
            out.println();
            out.println("notification-service looks for passed deadlines every koepel.paging.timer-interval (500 ms by"
                    + " default): up to that much lateness is by design; the rest is the escalation's commit and the delivery.");
            out.println();
            cpuTable(out, "scenario", List.of(Map.entry("D", d.cpu())));
            statementsTable(out, run.escalationStatements(), d.pages(), "ER referral");
            out.println("D's load per referral is heavier than B's: nobody answers, so each referral pages twice and,"
                    + " when the second deadline passes, alerts the coordinator on duty and the referrer's call-back"
                    + " contact.");
            out.println();
        }
        out.printf(Locale.ROOT, "SMS gateway sink: %d texts received, %d pages answered by tapping the link (%d refused),"
                + " %d texts without a room of this run (from an earlier run, or an alert without a room).%n", run.sms().texts(), run.sms().answered(),
                run.sms().answersRefused(), run.sms().notOurs());
    }

    private static void goals(Run run, PrintStream out) {
        out.println("## Goals (issue 8: 2-core machine, whole stack)");
        out.println();
        out.println("| goal | measured | met |");
        out.println("|---|---|---|");
        Optional<ErPageLatency.Step> at20 = run.er().stream().filter(s -> s.perSecond() == ER_GOAL_RATE).findFirst();
        goal(out, "ER end-to-end p99 ≤ 250 ms at 20/s", at20.map(s -> "p99 " + fmt(s.endToEnd().p99()) + " ms ("
                        + s.paged() + " pages" + (s.missing() > 0 ? ", " + s.missing() + " not paged" : "") + ")"),
                at20.map(s -> s.endToEnd().p99() <= ER_P99_GOAL_MS && s.missing() == 0));
        goal(out, "durable intake ≥ 1,500 referrals/s", Optional.ofNullable(run.intake())
                        .map(i -> fmt(i.peakPerSecond()) + " referrals/s at peak"),
                Optional.ofNullable(run.intake()).map(i -> i.peakPerSecond() >= INTAKE_GOAL_PER_SECOND));
        Optional<Footprint.Result> f = Optional.ofNullable(run.footprint());
        goal(out, "each service's RSS ≤ 200 MB", f.map(r -> r.services().stream()
                        .map(s -> s.service().replace("-service", "") + " " + mib(s.rssAtTargetMiB()))
                        .reduce((a, b) -> a + ", " + b).orElse("") + " MiB after " + r.referralsAtTarget() + " referrals"),
                f.map(r -> r.services().stream().allMatch(s -> s.rssAtTargetMiB() >= 0
                        && Math.max(s.rssAfterWarmupMiB(), s.rssAtTargetMiB()) * 1.048576 <= RSS_GOAL_MIB)));
        Optional<EscalationTimeliness.Result> d = Optional.ofNullable(run.escalation());
        goal(out, "escalations late by ≤ 1 s at p99", d.map(r -> "p99 " + fmt(r.lateness().p99()) + " ms ("
                        + r.escalated() + " of " + r.pages() + " escalated)"),
                d.map(r -> r.lateness().p99() <= LATENESS_P99_GOAL_MS && r.missing() == 0));
        out.println();
        out.println("MB = 10^6 bytes in the goal; the tables show MiB (2^20 bytes).");
        out.println();
    }

    private static void goal(PrintStream out, String goal, Optional<String> measured, Optional<Boolean> met) {
        out.printf("| %s | %s | %s |%n", goal, measured.orElse("not measured in this run"),
                met.map(m -> m ? "yes" : "**no**").orElse("–"));
    }

    /** 3 durable commits + 2 produce→consume hops. */
    static double rawErPath(MachineLimit.Limits l, boolean median) {
        return median ? 3 * l.insertCommit().p50() + 2 * l.produceConsume().p50()
                : 3 * l.insertCommit().p99() + 2 * l.produceConsume().p99();
    }

    private static void row(PrintStream out, String hop, Latency.Summary s, String throughput) {
        out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %d | %s |%n", hop, fmt(s.p50()), fmt(s.p99()), fmt(s.p999()),
                fmt(s.max()), s.count(), throughput);
    }

    /**
     * Where the 2 cores went in each step: cores used per part (CPU seconds ÷ the step's wall
     * seconds), so that the part to make cheaper is named by the run itself.
     */
    static void cpuTable(PrintStream out, String stepHeading, List<Map.Entry<String, CpuUse.Share>> steps) {
        if (steps.isEmpty() || steps.stream().allMatch(e -> e.getValue().total() == 0)) {
            out.println("Cores used per part: unknown (no /proc).");
            out.println();
            return;
        }
        List<String> parts = List.copyOf(steps.get(0).getValue().cores().keySet());
        out.println("Where the cores went (CPU seconds of each part ÷ the step's wall seconds, from /proc; the"
                + " machine has " + Runtime.getRuntime().availableProcessors() + "):");
        out.println();
        out.println("| " + stepHeading + " | " + String.join(" | ", parts) + " | total |");
        out.println("|---:|" + "---:|".repeat(parts.size()) + "---:|");
        for (Map.Entry<String, CpuUse.Share> step : steps) {
            StringBuilder row = new StringBuilder("| " + step.getKey() + " |");
            for (String part : parts) {
                row.append(' ').append(String.format(Locale.ROOT, "%.2f", step.getValue().cores().getOrDefault(part, 0.0)))
                        .append(" |");
            }
            row.append(String.format(Locale.ROOT, " %.2f |", step.getValue().total()));
            out.println(row);
        }
        out.println();
    }

    /** The statements PostgreSQL spent most time on during a scenario (pg_stat_statements). */
    static void statementsTable(PrintStream out, PostgresStatements.Top top, long units, String unit) {
        if (top == null || top.queries().isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "Where PostgreSQL's time went (pg_stat_statements over the scenario: %,.0f ms of execution"
                + " in %,d statements, %.2f statements per %s; the %d with the most time):%n%n", top.allStatementsMs(),
                top.allCalls(), units == 0 ? Double.NaN : (double) top.allCalls() / units, unit, top.queries().size());
        out.println("| database | statement | calls | per " + unit + " | mean ms | total ms | share |");
        out.println("|---|---|---:|---:|---:|---:|---:|");
        for (PostgresStatements.Query q : top.queries()) {
            // the column list says least; the tables and the where clause say which work it is
            String query = q.query().replaceAll("\\s+", " ").replaceFirst("(?i)^select (?!count).*? from ", "select … from ")
                    .replace("|", "\\|");
            if (query.length() > 160) {
                query = query.substring(0, 157) + "...";
            }
            out.printf(Locale.ROOT, "| %s | `%s` | %,d | %.2f | %.3f | %,.0f | %.1f %% |%n", q.database(), query,
                    q.calls(), units == 0 ? Double.NaN : (double) q.calls() / units, q.meanMs(), q.totalMs(),
                    top.allStatementsMs() == 0 ? 0 : 100 * q.totalMs() / top.allStatementsMs());
        }
        out.println();
    }

    private static String percentiles(Latency.Summary s) {
        return fmt(s.p50()) + " | " + fmt(s.p99()) + " | " + fmt(s.p999()) + " | " + fmt(s.max());
    }

    static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String mib(double value) {
        return value < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String ratio(double measured, double limit) {
        if (Double.isNaN(measured) || Double.isNaN(limit) || limit <= 0) {
            return "–";
        }
        double ratio = measured / limit;
        return String.format(Locale.ROOT, ratio < 1 ? "%.3f×" : "%.1f×", ratio);
    }

    private static String clip(String text) {
        String flat = text.replaceAll("\\s+", " ").replace("|", "/");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
