package be.koepel.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .koepel/pids}: every process the stack started, one a line: pid, name, and a marker that
 * its command line contains (a path under this repository). A pid is only ever signalled when the
 * process with that pid still has the marker in its command line, so a pid that the system has
 * given to another program since is left alone.
 */
final class PidFile {

    /** One started process. */
    record Entry(long pid, String name, String marker) {

        String line() {
            return pid + "\t" + name + "\t" + marker;
        }

        static Optional<Entry> parse(String line) {
            String[] parts = line.split("\t", 3);
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Entry(Long.parseLong(parts[0].trim()), parts[1], parts[2]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        Optional<ProcessHandle> handle() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        }

        /** The live process with this pid, only if its command line still carries our marker. */
        Optional<ProcessHandle> ours() {
            return handle().filter(p -> belongsToUs(commandLine(p), marker));
        }
    }

    private final Path file;

    PidFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    synchronized void add(Entry entry) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.line() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    List<Entry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Entry.parse(line).ifPresent(entries::add);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True only when the command line is known and contains the marker; an unknown one is never ours. */
    static boolean belongsToUs(Optional<String> commandLine, String marker) {
        return marker != null && !marker.isBlank() && commandLine.map(c -> c.contains(marker)).orElse(false);
    }

    /** The full command line; on Linux from /proc, as ProcessHandle.Info may leave out the arguments. */
    static Optional<String> commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' ').trim();
                if (!raw.isEmpty()) {
                    return Optional.of(raw);
                }
            }
        } catch (IOException e) {
            // fall back to what the JDK knows
        }
        return process.info().commandLine();
    }
}
