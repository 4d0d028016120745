package be.koepel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * For a running stack: follows the local stack's SMS sink log (.koepel/logs/sms.log, one JSON
 * line per text with the moment the sink received it), so that notification-service needs no
 * reconfiguration. The arrival time is the sink's own receivedAt, not when this tail reads it,
 * so the polling adds nothing to the figures.
 */
final class SmsLogTail implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Thread thread;
    private volatile boolean running = true;

    private SmsLogTail(Path log, SmsGatewaySink sink) throws IOException {
        long start = Files.exists(log) ? Files.size(log) : 0; // only texts from now on
        thread = new Thread(() -> follow(log, start, sink), "sms-log-tail");
        thread.setDaemon(true);
        thread.start();
    }

    static SmsLogTail follow(Path log, SmsGatewaySink sink) {
        try {
            return new SmsLogTail(log, sink);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the stack's SMS log " + log + ": " + e, e);
        }
    }

    private void follow(Path log, long position, SmsGatewaySink sink) {
        StringBuilder partial = new StringBuilder();
        byte[] buffer = new byte[64 * 1024];
        while (running) {
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                while (running) {
                    if (file.length() < position) {
                        position = 0; // the stack started afresh
                    }
                    file.seek(position);
                    int read = file.read(buffer);
                    if (read <= 0) {
                        StartedStack.sleep(20);
                        continue;
                    }
                    position += read;
                    partial.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    int newline;
                    while ((newline = partial.indexOf("\n")) >= 0) {
                        String line = partial.substring(0, newline);
                        partial.delete(0, newline + 1);
                        accept(line, sink);
                    }
                }
            } catch (IOException e) {
                StartedStack.sleep(200); // not there yet
            }
        }
    }

    private static void accept(String line, SmsGatewaySink sink) {
        try {
            JsonNode sms = JSON.readTree(line);
            sink.record(sms.path("to").asText(), sms.path("text").asText(), Instant.parse(sms.path("receivedAt").asText()),
                    -1);
        } catch (IOException | RuntimeException e) {
            // not a text line
        }
    }

    @Override
    public void close() {
        running = false;
    }
}
