package be.koepel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the cores went during a load step: the CPU time (user + system, from /proc/&lt;pid&gt;/stat)
 * of each service, PostgreSQL (its postmaster and backends), the Kafka broker, the bench itself and anything
 * else on the machine, divided by the step's wall time. With every part on the same 2 cores, this
 * says which part a faster step would have to take time from.
 */
final class CpuUse {

    static final String POSTGRES = "PostgreSQL";
    static final String KAFKA = "Kafka broker";
    static final String BENCH = "bench (load, SMS sink)";
    static final String OTHER = "anything else";

    /** Linux's USER_HZ: /proc/&lt;pid&gt;/stat counts in these ticks on every architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100;

    /** CPU seconds per part at one moment, and when. */
    record Snapshot(Map<String, Double> cpuSeconds, long nanos) {
    }

    /** Cores used per part between two snapshots, in the order of {@link #parts}. */
    record Share(Map<String, Double> cores, double seconds) {

        double total() {
            return cores.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private final Map<Long, String> servicePids = new LinkedHashMap<>();
    private final long self = ProcessHandle.current().pid();
    private final long postmaster;
    private final long kafka;

    /** A stack this bench did not start has no pids here: all of it counts as "anything else". */
    CpuUse(Stack stack) {
        stack.services().forEach(s -> s.pid().ifPresent(pid -> servicePids.put(pid, s.name())));
        this.postmaster = stack.postgresPid().orElse(-1);
        this.kafka = stack.kafkaPid().orElse(-1);
    }

    /** The parts in report order; the services first. */
    List<String> parts() {
        return Stream.concat(servicePids.values().stream(), Stream.of(POSTGRES, KAFKA, BENCH, OTHER)).toList();
    }

    boolean available() {
        return Files.isDirectory(Path.of("/proc/self"));
    }

    Snapshot take() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        parts().forEach(part -> seconds.put(part, 0.0));
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                String[] stat = stat(p);
                if (stat != null) {
                    seconds.merge(partOf(pid, Long.parseLong(stat[2])), (Long.parseLong(stat[12]) + Long.parseLong(stat[13]))
                            / TICKS_PER_SECOND, Double::sum);
                }
            });
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc unreadable: the report says "unknown"
        }
        return new Snapshot(seconds, System.nanoTime());
    }

    static Share between(Snapshot before, Snapshot after) {
        double wall = (after.nanos() - before.nanos()) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        // a process that ended meanwhile takes its time with it: never report less than nothing
        after.cpuSeconds().forEach((part, s) -> cores.put(part,
                Math.max(0, s - before.cpuSeconds().getOrDefault(part, 0.0)) / wall));
        return new Share(cores, wall);
    }

    private String partOf(long pid, long parent) {
        String service = servicePids.get(pid);
        if (service != null) {
            return service;
        }
        if (pid == self) {
            return BENCH;
        }
        // the backends are the postmaster's children; other PostgreSQL servers (a build's tests) are not
        if (postmaster > 0 && (pid == postmaster || parent == postmaster)) {
            return POSTGRES;
        }
        if (pid == kafka) {
            return KAFKA;
        }
        return OTHER;
    }

    /** The fields after the command name (which may hold spaces), with the name itself first. */
    private static String[] stat(Path proc) {
        try {
            String line = Files.readString(proc.resolve("stat"));
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 1];
            fields[0] = line.substring(open + 1, close);
            System.arraycopy(rest, 0, fields, 1, rest.length);
            // fields[1] is the state (stat's 3rd field): utime and stime, stat's 14th and 15th, are fields[12] and [13]
            return fields;
        } catch (IOException | RuntimeException e) {
            return null; // the process ended while we looked
        }
    }
}
