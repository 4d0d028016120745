package be.koepel.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A local SMS gateway for the stack: {@code POST /sms} with {"to","text"} stores a text (and prints
 * it); {@code GET /messages} (optionally {@code ?to=+32...}) lists what arrived, oldest first.
 * The texts are also appended to {@code .koepel/logs/sms.log}; the list itself lives in memory.
 */
final class SmsSink implements AutoCloseable {

    static final int PORT = 8190;

    private final HttpServer server;
    private final List<ObjectNode> messages = new ArrayList<>();
    private final Path log;

    private SmsSink(HttpServer server, Path log) {
        this.server = server;
        this.log = log;
    }

    static SmsSink start(int port, Path log) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            SmsSink sink = new SmsSink(server, log);
            server.createContext("/sms", sink::receive);
            server.createContext("/messages", sink::list);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "sms-sink");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return sink;
        } catch (IOException e) {
            throw new StackException("The SMS sink could not listen on port " + port + ": " + e.getMessage(), e);
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private void receive(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "{\"error\":\"POST a JSON {\\\"to\\\",\\\"text\\\"} here\"}");
            return;
        }
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            body = Http.JSON.readTree(in);
        } catch (IOException e) {
            answer(exchange, 400, "{\"error\":\"not JSON\"}");
            return;
        }
        if (body == null || !body.hasNonNull("to") || !body.hasNonNull("text")) {
            answer(exchange, 400, "{\"error\":\"need to and text\"}");
            return;
        }
        ObjectNode sms = Http.JSON.createObjectNode();
        sms.put("to", body.get("to").asText());
        sms.put("text", body.get("text").asText());
        sms.put("receivedAt", Instant.now().toString());
        synchronized (messages) {
            sms.put("id", messages.size() + 1);
            messages.add(sms);
        }
        System.out.println("[sms] to " + sms.get("to").asText() + ": " + sms.get("text").asText());
        try {
            Files.writeString(log, sms + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the in-memory list is what GET /messages answers
        }
        answer(exchange, 202, "{\"status\":\"queued\"}");
    }

    private void list(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String to = null;
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("to=")) {
                    to = java.net.URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
                }
            }
        }
        ArrayNode array = Http.JSON.createArrayNode();
        synchronized (messages) {
            for (ObjectNode sms : messages) {
                if (to == null || normalise(to).equals(normalise(sms.get("to").asText()))) {
                    array.add(sms);
                }
            }
        }
        answer(exchange, 200, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    }

    private static String normalise(String phone) {
        return phone.replaceAll("[^+0-9]", "");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
