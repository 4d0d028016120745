package be.koepel.bench;

import be.koepel.testing.EmbeddedPostgresServer;
import be.koepel.testing.Tokens;
import be.koepel.testing.kafka.KafkaBroker;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A fresh network that the bench starts and stops itself: a durable embedded PostgreSQL 17
 * (fsync and synchronous_commit on, checked with SHOW), a real Kafka broker in a child JVM, the
 * OIDC test server, and the four packaged services as processes with the heap limit of
 * {@code ./koepel up}. notification-service pages the bench's SMS sink, with short deadlines.
 *
 * <p>Keycloak is left out on purpose: it only issues tokens, which the services check against
 * its keys without calling it, so it is not on any measured path, and it would take 0.5 GB and
 * a minute of the two cores. Use {@code --stack running} to bench {@code ./koepel up} with it.
 *
 * <p>The services start one after the other, so that each start-to-first-answer time is the
 * service's own and not a race for the two cores.
 */
final class StartedStack implements Stack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    static final String COORDINATOR_ON_DUTY_PHONE = "+32470999000";

    private final Path work;
    private final EmbeddedPostgres postgres;
    private final KafkaBroker kafka;
    private final OidcWiremockTestResource oidc;
    private final SmsGatewaySink sms;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final List<Service> services = new ArrayList<>();
    private final Credentials credentials = Credentials.signedForTestServer();
    private final Map<String, String> settings;
    private List<String> jvmOptions = List.of();

    private StartedStack(Path work, EmbeddedPostgres postgres, KafkaBroker kafka, OidcWiremockTestResource oidc,
            SmsGatewaySink sms, Map<String, String> settings) {
        this.work = work;
        this.postgres = postgres;
        this.kafka = kafka;
        this.oidc = oidc;
        this.sms = sms;
        this.settings = settings;
    }

    static StartedStack start(BenchOptions options) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path work;
        try {
            work = Files.createTempDirectory(tmp, "bench-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Bench.say("starting a fresh network in " + work);
        Map<String, String> pg = new LinkedHashMap<>();
        pg.put("fsync", "on");
        pg.put("synchronous_commit", "on");
        pg.put("full_page_writes", "on");
        pg.put("max_connections", "200");
        // which statements PostgreSQL's time goes to (PostgresStatements); a few per cent of overhead
        pg.put("shared_preload_libraries", "pg_stat_statements");
        EmbeddedPostgres postgres = EmbeddedPostgresServer.start(tmp.resolve("koepel-embedded-pg"),
                work.resolve("postgres"), true, 0, pg);
        Jdbc server = new Jdbc(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        Map<String, String> settings = Database.requireDurable(server);
        // The broker starts after PostgreSQL, not beside it: both pick free ports and bind them
        // seconds later, and one could take the other's.
        KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"));
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        Map<String, String> oidcConfig = oidc.start();
        SmsGatewaySink sms = SmsGatewaySink.start(0);
        StartedStack stack = new StartedStack(work, postgres, kafka, oidc, sms, settings);
        try {
            for (String service : SERVICES) {
                stack.startService(service, options, oidcConfig.get("keycloak.url"));
            }
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private void startService(String name, BenchOptions options, String oidcUrl) {
        String database = "koepel_" + name.replace("-service", "");
        createDatabase(database);
        int port = KafkaBroker.freePort();
        ports.put(name, port);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.http.port", Integer.toString(port));
        config.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", database));
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", oidcUrl + "/realms/quarkus/");
        config.put("quarkus.oidc.token.issuer", Tokens.ISSUER);
        config.put("quarkus.log.file.enabled", "false");
        config.put("java.io.tmpdir", work.toString());
        if (name.equals("notification-service")) {
            config.put("koepel.paging.channel", "sms");
            config.put("koepel.sms.gateway-url", sms.url());
            config.put("koepel.paging.public-url", url(name));
            config.put("koepel.paging.acknowledge-within", options.acknowledgeWithin().toMillis() + "ms");
            config.put("koepel.paging.coordinator-on-duty.phone", COORDINATOR_ON_DUTY_PHONE);
        }
        config.putAll(Stack.extra(options, name));
        Path jar = options.repositoryRoot().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -B -ntp verify -pl bench -am -DskipTests");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.serviceJvmOptions());
        jvmOptions = options.serviceJvmOptions(); // -Xmx256m by default, as ./koepel up runs them
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        Path log = work.resolve("logs").resolve(name + ".log");
        try {
            Files.createDirectories(log.getParent());
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            processes.put(name, process);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            Duration ready = awaitFirstAnswer(name, process, url(name), started, log);
            services.add(new Service(name, OptionalLong.of(process.pid()), ready));
            Bench.say("%s answered %.1f s after its start (pid %d, log %s)".formatted(name, ready.toMillis() / 1000.0,
                    process.pid(), log));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** The first 200 of the readiness check: from then on the service answers requests. */
    private static Duration awaitFirstAnswer(String name, Process process, String url, long started, Path log) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - started < READY_TIMEOUT.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            // short, so the figure is not rounded up by much; long enough not to steal a core
            sleep(20);
        }
        throw new IllegalStateException(name + " did not answer within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
    }

    private void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    @Override
    public String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    @Override
    public Credentials credentials() {
        return credentials;
    }

    @Override
    public SmsGatewaySink sms() {
        return sms;
    }

    @Override
    public List<Service> services() {
        return services;
    }

    @Override
    public Jdbc scratchDatabase() {
        createDatabase("bench_scratch");
        return new Jdbc(postgres.getJdbcUrl("postgres", "bench_scratch"), "postgres", "");
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public Optional<Jdbc> statementsServer() {
        return Optional.of(new Jdbc(postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""));
    }

    @Override
    public OptionalLong postgresPid() {
        try {
            // postmaster.pid's first line is the postmaster's pid
            return OptionalLong.of(Long.parseLong(Files.readAllLines(work.resolve("postgres").resolve("postmaster.pid")).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public OptionalLong kafkaPid() {
        return OptionalLong.of(kafka.pid());
    }

    @Override
    public String description() {
        return "started by the bench: embedded PostgreSQL " + settings.get("server_version") + " (SHOW fsync="
                + settings.get("fsync") + ", synchronous_commit=" + settings.get("synchronous_commit")
                + "), Kafka broker " + kafka.bootstrapServers() + " (child JVM), OIDC test server (signed tokens), "
                + "four packaged services with " + String.join(" ", jvmOptions);
    }

    @Override
    public boolean needsSeeding() {
        return true;
    }

    @Override
    public void close() {
        // all at once: each takes a few seconds to stop gracefully
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        sms.close();
        try {
            oidc.stop();
        } catch (RuntimeException e) {
            Bench.say("OIDC test server: " + e);
        }
        kafka.close();
        try {
            postgres.close();
        } catch (IOException e) {
            Bench.say("PostgreSQL did not stop cleanly: " + e);
        }
    }

    static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
