package be.koepel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench's own SMS gateway: notification-service posts every page here ({@code POST /sms},
 * the generic JSON mapping {"to","text"}). The moment a page arrives is the end of the ER path.
 *
 * <p>Pages are matched to referrals by the ER room, which the bench makes unique per referral
 * ("Box B1a2b-17") and which the SMS text carries; the person's name is never in an SMS. A peer
 * supporter taps the answer link of the pages the bench wants answered, so that those
 * escalations stop as they would in real life.
 */
final class SmsGatewaySink implements AutoCloseable {

    /** The room as {@link ReferralMix} writes it; PageText puts it after "kamer ". */
    private static final Pattern ROOM = Pattern.compile("kamer (Box [A-Z][0-9a-f]{4}-[0-9]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One page as it reached the gateway: the wall clock (microseconds, comparable with the 201's
     * and with the services' own times on this machine) and, from the bench's own sink, nanoTime.
     */
    record Arrival(String to, long nanoTime, Instant at) {
    }

    private final HttpServer server;
    private final Map<String, List<Arrival>> byRoom = new ConcurrentHashMap<>();
    private final AtomicLong texts = new AtomicLong();
    private final AtomicLong unmatched = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong answerRefused = new AtomicLong();
    private final HttpClient answers;
    private final ExecutorService answering;
    private volatile Predicate<String> answerRoom = room -> false;

    /** Reads pages that another gateway received (the local stack's SMS sink log) instead of receiving them. */
    static SmsGatewaySink withoutServer() {
        return new SmsGatewaySink(null);
    }

    private SmsGatewaySink(HttpServer server) {
        this.server = server;
        this.answering = Executors.newFixedThreadPool(2, daemon("peer-answers"));
        this.answers = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(answering).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static SmsGatewaySink start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
            SmsGatewaySink sink = new SmsGatewaySink(server);
            server.createContext("/sms", sink::receive);
            server.setExecutor(Executors.newFixedThreadPool(4, daemon("sms-sink")));
            server.start();
            return sink;
        } catch (IOException e) {
            throw new IllegalStateException("the bench's SMS gateway sink could not listen on port " + port, e);
        }
    }

    String url() {
        return server == null ? "(the stack's SMS sink)" : "http://localhost:" + server.getAddress().getPort() + "/sms";
    }

    /** Which pages a peer acknowledges at once, by room; the others wait for their deadline. */
    void answerWhen(Predicate<String> room) {
        this.answerRoom = room;
    }

    List<Arrival> arrivals(String room) {
        return byRoom.getOrDefault(room, List.of());
    }

    long texts() {
        return texts.get();
    }

    long unmatched() {
        return unmatched.get();
    }

    long answered() {
        return answered.get();
    }

    long answersRefused() {
        return answerRefused.get();
    }

    private void receive(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        Instant at = Instant.now();
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            body = JSON.readTree(in);
        } catch (IOException e) {
            reply(exchange, 400, "{\"error\":\"not JSON\"}");
            return;
        }
        reply(exchange, 202, "{\"status\":\"queued\"}");
        if (body != null) {
            record(body.path("to").asText(), body.path("text").asText(), at, now);
        }
    }

    /** One text reached the gateway at {@code at}; from the bench's own sink or the stack's SMS log. */
    void record(String to, String text, Instant at, long nanoTime) {
        texts.incrementAndGet();
        Matcher room = ROOM.matcher(text);
        if (!room.find()) {
            unmatched.incrementAndGet(); // e.g. a coordinator alert, or a page of someone else's referral
            return;
        }
        String key = room.group(1);
        List<Arrival> list = byRoom.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
        list.add(new Arrival(to, nanoTime, at));
        int link = text.indexOf("http");
        if (link >= 0 && answerRoom.test(key)) {
            answer(text.substring(link).trim());
        }
    }

    /** The peer taps "Ik ga": the one-time answer link needs no login. */
    private void answer(String link) {
        answers.sendAsync(HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> {
                    if (error == null && response.statusCode() / 100 == 2) {
                        answered.incrementAndGet();
                    } else {
                        answerRefused.incrementAndGet();
                    }
                });
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        answering.shutdownNow();
    }
}
