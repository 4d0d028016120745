package be.koepel.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A process the stack starts (Keycloak, a service): its output goes to a log under
 * {@code .koepel/logs}; it is ready when a URL answers 200.
 */
final class ChildProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final String readyUrl;
    private final String marker;
    private final Duration readyTimeout;
    private Process process;
    private String slowFirstStart;

    /** A note printed while waiting, e.g. why the first start is slow. */
    ChildProcess whileWaiting(String note) {
        this.slowFirstStart = note;
        return this;
    }

    ChildProcess(String name, List<String> command, Map<String, String> environment, Path log, String readyUrl,
            String marker, Duration readyTimeout) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.log = log;
        this.readyUrl = readyUrl;
        this.marker = marker;
        this.readyTimeout = readyTimeout;
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    ChildProcess start(PidFile pids, Path workingDir) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new StackException("Could not start " + name + ": " + e.getMessage(), e);
        }
        pids.add(new PidFile.Entry(process.pid(), name, marker));
        return this;
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Waits until the ready URL answers 200; fails with the log's tail when the process dies or takes too long. */
    void awaitReady() {
        long start = System.nanoTime();
        long deadline = start + readyTimeout.toNanos();
        long nextNote = start + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (System.nanoTime() > nextNote) {
                Koepel.say("still waiting for " + name + " (" + Duration.ofNanos(System.nanoTime() - start).toSeconds()
                        + " s; its log: " + log + ")" + (slowFirstStart == null ? "" : "; " + slowFirstStart));
                nextNote += Duration.ofSeconds(30).toNanos();
            }
            if (!process.isAlive()) {
                throw new StackException(name + " stopped with exit code " + process.exitValue() + " before it was ready."
                        + " The end of its log " + log + ":\n" + Processes.tail(log, 25));
            }
            if (Http.probe(readyUrl) == 200) {
                return;
            }
            Processes.sleep(300);
        }
        throw new StackException(name + " was not ready within " + readyTimeout.toSeconds() + " s (" + readyUrl
                + " did not answer 200). The end of its log " + log + ":\n" + Processes.tail(log, 25));
    }

    void stop(int graceSeconds) {
        if (process != null && process.isAlive()) {
            Processes.stopTree(process.toHandle(), graceSeconds);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }
}
