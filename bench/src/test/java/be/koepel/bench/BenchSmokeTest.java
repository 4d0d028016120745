package be.koepel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the bench working: every scenario runs for a few seconds at low rates against a freshly
 * started network, and a report with its plot comes out. It asserts that the bench completes,
 * never a time: figures come from a benchmark run on a quiet machine, not from a test.
 */
class BenchSmokeTest {

    @Test
    void everyScenarioRunsBrieflyAndTheReportIsWritten() throws Exception {
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "bench-smoke");
        String[] args = {
                "--step-seconds", "1",
                "--intake-rates", "20,40",
                "--er-rates", "2,5",
                "--escalation-pages", "8",
                "--escalation-rate", "4",
                "--acknowledge-within", "1s",
                "--footprint-referrals", "300",
                "--warmup-referrals", "40",
                "--limit-samples", "200",
                "--limit-throughput-seconds", "1",
                "--note", "CI smoke run: a few seconds at low rates; these figures say nothing",
                "--out", out.toString()};

        Path report = Bench.run(BenchOptions.parse(args), "BenchSmokeTest");

        assertThat(report).exists();
        assertThat(Files.readString(report)).contains("## Goals", "## A:", "## B:", "## C:", "## D:");
        assertThat(out.resolve("er-latency.png")).exists();
    }
}
