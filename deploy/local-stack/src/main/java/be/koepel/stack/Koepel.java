package be.koepel.stack;

import be.koepel.testing.kafka.KafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack: {@code up} starts PostgreSQL, Kafka, Keycloak, an SMS sink and the four
 * services, seeds data on the first start and runs until Ctrl-C; {@code down} stops a stack
 * started from another terminal. Run through {@code ./koepel} at the repository root.
 */
public final class Koepel {

    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int KEYCLOAK_PORT = 8180;
    static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    static final String STACK_MARKER = Koepel.class.getName();
    static final String LINK_SECRET = "dev-only-local-stack-link-secret"; // DEV ONLY
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("referral-service", 8101);
        SERVICES.put("volunteer-service", 8102);
        SERVICES.put("group-service", 8103);
        SERVICES.put("notification-service", 8104);
    }

    private final StackHome home;
    private final PidFile pids;
    private final List<AutoCloseable> toStop = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Koepel(StackHome home) {
        this.home = home;
        this.pids = new PidFile(home.pids());
    }

    static String url(int port) {
        return "http://localhost:" + port;
    }

    public static void main(String[] args) {
        StackHome home = StackHome.of(Path.of(System.getProperty("koepel.root", ".")));
        String command = args.length == 0 ? "up" : args[0];
        try {
            switch (command) {
                case "up" -> new Koepel(home).up();
                case "down" -> System.exit(new Koepel(home).down() ? 0 : 1);
                default -> {
                    System.err.println("usage: ./koepel up|down");
                    System.exit(2);
                }
            }
        } catch (StackException e) {
            System.err.println();
            System.err.println("koepel: " + e.getMessage());
            System.exit(1);
        }
    }

    // ------------------------------------------------------------------ up

    private void up() {
        long started = System.nanoTime();
        StackHome.created(home.dir());
        System.setProperty("java.io.tmpdir", home.tmp().toString());
        checkLeftovers();
        boolean externalDb = Database.external();
        Path keycloakHome = requireKeycloak();
        requireJars();
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (!externalDb) {
            ports.put(Database.EMBEDDED_PORT, "embedded PostgreSQL");
        }
        ports.put(KAFKA_PORT, "Kafka");
        ports.put(KAFKA_CONTROLLER_PORT, "Kafka's KRaft controller");
        ports.put(KEYCLOAK_PORT, "Keycloak");
        ports.put(SmsSink.PORT, "SMS sink");
        SERVICES.forEach((name, port) -> ports.put(port, name));
        Ports.requireFree(ports);

        pids.add(new PidFile.Entry(ProcessHandle.current().pid(), "local-stack", STACK_MARKER));
        Thread hook = new Thread(this::stopAll, "koepel-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            start(started, externalDb, keycloakHome);
        } catch (RuntimeException e) {
            System.err.println("koepel: start failed; stopping what was started.");
            Runtime.getRuntime().removeShutdownHook(hook);
            stopAll();
            throw e instanceof StackException ? e : new StackException(e.toString(), e);
        }
        try {
            stopped.await(); // until Ctrl-C or ./koepel down (the shutdown hook)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void start(long started, boolean externalDb, Path keycloakHome) {
        say("PostgreSQL, Kafka and Keycloak are starting (logs in " + home.logs() + ")");
        // Kafka and Keycloak start at once; PostgreSQL (about 2 s) meanwhile in this thread.
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(home.kafkaData(), KAFKA_PORT, KAFKA_CONTROLLER_PORT));
        Database database = externalDb ? Database.external(System.getenv()) : Database.embedded(home);
        toStop.add(database);
        database.postmasterPid().ifPresent(pid -> pids.add(new PidFile.Entry(pid, "postgres", database.dataDir().toString())));
        List<String> created = database.createDatabases();
        Map<String, String> settings = database.settings();
        say("PostgreSQL ready: " + database.description() + "; SHOW fsync=" + settings.get("fsync")
                + ", synchronous_commit=" + settings.get("synchronous_commit")
                + (created.isEmpty() ? "" : "; created " + String.join(", ", created)));

        ChildProcess keycloak = keycloak(keycloakHome, database).start(pids, keycloakHome);
        toStop.add(() -> keycloak.stop(30));

        SmsSink sms = SmsSink.start(SmsSink.PORT, home.logs().resolve("sms.log"));
        toStop.add(sms);
        say("SMS sink ready: " + sms.url() + "/messages");

        KafkaBroker broker;
        try {
            broker = kafka.join();
        } catch (CompletionException e) {
            throw new StackException("Kafka did not start: " + Database.rootCause(e) + "\nIts log: "
                    + home.kafkaData().resolve("broker.log") + "\n" + Processes.tail(home.kafkaData().resolve("broker.log"), 20), e);
        }
        toStop.add(1, broker); // after the database, before Keycloak: closed in reverse, so after the services
        pids.add(new PidFile.Entry(broker.pid(), "kafka", home.kafkaData().toString()));
        say("Kafka ready: " + broker.bootstrapServers());

        // The services start while Keycloak may still be starting: quarkus-oidc fetches the realm's
        // keys again on the first request when Keycloak was not up yet.
        List<ChildProcess> services = new ArrayList<>();
        SERVICES.forEach((name, port) -> {
            ChildProcess service = service(name, port, database).start(pids, home.root());
            services.add(service);
            toStop.add(() -> service.stop(20));
        });
        keycloak.awaitReady();
        say("Keycloak ready: " + KEYCLOAK_URL + " (realm koepel)");
        services.forEach(service -> {
            service.awaitReady();
            say(service.name() + " ready: " + url(SERVICES.get(service.name())));
        });
        Duration ready = Duration.ofNanos(System.nanoTime() - started);

        Seeder seeder = new Seeder(home, KEYCLOAK_URL);
        if (!seeder.seeded()) {
            say("First start: seeding volunteers, the on-call rota and contact groups");
            seeder.seed();
        } else {
            seeder.relink();
        }
        printSummary(ready, database);
    }

    private ChildProcess keycloak(Path keycloakHome, Database database) {
        try {
            Path imports = Files.createDirectories(keycloakHome.resolve("data/import"));
            Files.copy(home.realmFile(), imports.resolve("koepel-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the realm into Keycloak's data/import", e);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"); // DEV ONLY: local stack admin
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"); // DEV ONLY
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // Keycloak keeps its data in the stack's PostgreSQL: durable, unlike start-dev's H2 file,
        // which did not survive slow starts on a loaded machine.
        env.put("KC_DB", "postgres");
        env.put("KC_DB_URL", database.jdbcUrl("koepel_keycloak"));
        env.put("KC_DB_USERNAME", database.user());
        if (!database.password().isEmpty()) {
            env.put("KC_DB_PASSWORD", database.password());
        }
        env.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + home.tmp());
        return new ChildProcess("keycloak",
                List.of(keycloakHome.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + KEYCLOAK_PORT,
                        "--import-realm"),
                env, home.logs().resolve("keycloak.log"),
                KEYCLOAK_URL + "/realms/koepel/.well-known/openid-configuration", keycloakHome.toString(),
                Duration.ofSeconds(900))
                .whileWaiting(Files.exists(home.seededMarker()) ? null
                        : "the first start of Keycloak includes a one-time build and the realm import (about 45 s on an idle 2-core machine)");
    }

    private ChildProcess service(String name, int port, Database database) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("koepel.stack.dir", home.dir().toString()); // marks the process as ours (./koepel down)
        config.put("quarkus.http.port", Integer.toString(port));
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl("koepel_" + name.replace("-service", "")));
        config.put("quarkus.datasource.username", database.user());
        config.put("quarkus.datasource.password", database.password());
        config.put("kafka.bootstrap.servers", "localhost:" + KAFKA_PORT);
        config.put("quarkus.oidc.auth-server-url", KEYCLOAK_URL + "/realms/koepel");
        config.put("java.io.tmpdir", home.tmp().toString());
        if (name.equals("notification-service")) {
            config.put("koepel.paging.channel", "sms");
            config.put("koepel.sms.gateway-url", url(SmsSink.PORT) + "/sms");
            config.put("koepel.paging.public-url", url(port));
            config.put("koepel.paging.link-secret", LINK_SECRET);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(home.serviceJar(name).toString());
        return new ChildProcess(name, command, Map.of(), home.logs().resolve(name + ".log"),
                url(port) + "/q/health/ready", "-Dkoepel.stack.dir=" + home.dir(), Duration.ofSeconds(180));
    }

    private void printSummary(Duration ready, Database database) {
        String cli = "curl -s -d grant_type=password -d client_id=koepel-cli -d username=%s -d password=" + Seeder.DEV_PASSWORD
                + " " + KEYCLOAK_URL + "/realms/koepel/protocol/openid-connect/token | jq -r .access_token";
        System.out.printf("""

                Koepel is running (ready %.1f s after start). Ctrl-C here, or ./koepel down elsewhere, stops it.

                  referral-service      %s   (Swagger UI: /q/swagger-ui, health: /q/health)
                  volunteer-service     %s
                  group-service         %s
                  notification-service  %s
                  Keycloak              %s   realm koepel; admin console: admin / admin (DEV ONLY)
                  SMS sink              %s/messages   (texts the pages send)
                  Kafka                 localhost:%d
                  PostgreSQL            %s
                  data and logs         %s

                Tokens (dev-only secrets and passwords, see deploy/keycloak/koepel-realm.json):
                  hospital ER system (client credentials):
                    curl -s -d grant_type=client_credentials -d client_id=az-turnhout -d client_secret=dev-only-az-turnhout-secret %s/realms/koepel/protocol/openid-connect/token | jq -r .access_token
                  coordinator:  %s
                  volunteer:    %s
                Demo walk-through: deploy/local-stack/demo.sh

                """, ready.toMillis() / 1000.0, url(8101), url(8102), url(8103), url(8104), KEYCLOAK_URL,
                url(SmsSink.PORT), KAFKA_PORT, database.description(), home.dir(), KEYCLOAK_URL,
                cli.formatted(Seeder.COORDINATOR), cli.formatted("an.peeters"));
        System.out.flush();
    }

    /** Stops everything this JVM started, newest first; runs on Ctrl-C, on ./koepel down, or after a failed start. */
    private void stopAll() {
        List<AutoCloseable> reversed = new ArrayList<>(toStop);
        java.util.Collections.reverse(reversed);
        if (!reversed.isEmpty()) {
            say("stopping the local stack");
        }
        for (AutoCloseable c : reversed) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("koepel: while stopping: " + e);
            }
        }
        pids.delete();
        if (!reversed.isEmpty()) {
            say("stopped; the data stays in " + home.dir());
        }
        stopped.countDown();
    }

    private void checkLeftovers() {
        if (pids.exists()) {
            List<String> running = new ArrayList<>();
            for (PidFile.Entry entry : pids.entries()) {
                entry.ours().ifPresent(p -> running.add(entry.name() + " (pid " + entry.pid() + ")"));
            }
            if (!running.isEmpty()) {
                throw new StackException("A Koepel stack from an earlier ./koepel up is still running: "
                        + String.join(", ", running) + ".\nStop it first: ./koepel down (or Ctrl-C in its terminal).");
            }
            say("Found " + pids.path() + " from an earlier run that did not stop cleanly; its processes are gone. Cleaning up.");
            pids.delete();
        }
        Optional<ProcessHandle> postmaster = Database.postmasterPid(home.postgresData()).flatMap(ProcessHandle::of)
                .filter(p -> PidFile.belongsToUs(PidFile.commandLine(p), home.postgresData().toString()));
        if (postmaster.isPresent()) {
            throw new StackException("The embedded PostgreSQL of an earlier run is still running (pid "
                    + postmaster.get().pid() + ", data " + home.postgresData() + ").\nStop it: ./koepel down");
        }
    }

    private Path requireKeycloak() {
        Path keycloakHome = home.keycloakHome();
        if (!Files.isRegularFile(keycloakHome.resolve("bin/kc.sh")) || !Files.isDirectory(keycloakHome.resolve("lib"))) {
            throw new StackException("Keycloak is not unpacked in " + keycloakHome + " (or only partly)."
                    + "\n./koepel up unpacks it; by hand: rm -rf " + home.dir().resolve("keycloak")
                    + " && ./mvnw -q -f deploy/local-stack/pom.xml dependency:unpack@keycloak");
        }
        if (!Files.isRegularFile(home.realmFile())) {
            throw new StackException("The realm file " + home.realmFile() + " is missing.");
        }
        return keycloakHome;
    }

    private void requireJars() {
        List<String> missing = SERVICES.keySet().stream().filter(s -> !Files.isRegularFile(home.serviceJar(s))).toList();
        if (!missing.isEmpty()) {
            throw new StackException("Not packaged: " + String.join(", ", missing)
                    + ". ./koepel up builds them; by hand: ./mvnw -q -B package -DskipTests");
        }
    }

    // ------------------------------------------------------------------ down

    /** Stops the stack started by another {@code ./koepel up}; only processes whose command line is still ours. */
    private boolean down() {
        List<PidFile.Entry> entries = pids.entries();
        boolean any = false;
        for (PidFile.Entry entry : entries) {
            if (entry.name().equals("local-stack")) {
                Optional<ProcessHandle> stack = entry.ours();
                if (stack.isPresent()) {
                    any = true;
                    say("stopping the local stack (pid " + entry.pid() + "); it stops its own processes");
                    stack.get().destroy(); // SIGTERM: its shutdown hook stops the rest in order
                    if (!Processes.awaitExit(stack.get(), 120)) {
                        say("it did not stop within 120 s; stopping its processes directly");
                        stack.get().destroyForcibly();
                    }
                }
            }
        }
        for (PidFile.Entry entry : entries) {
            if (entry.name().equals("local-stack")) {
                continue;
            }
            Optional<ProcessHandle> live = entry.handle();
            if (live.isEmpty()) {
                continue;
            }
            if (entry.ours().isEmpty()) {
                say("pid " + entry.pid() + " (was " + entry.name() + ") is now another program; left alone");
                continue;
            }
            any = true;
            say("stopping " + entry.name() + " (pid " + entry.pid() + ")");
            if (entry.name().equals("postgres")) {
                Processes.signal(entry.pid(), "INT"); // fast shutdown; pg_ctl refuses to stop it as root
                if (!Processes.awaitExit(live.get(), 30)) {
                    live.get().destroyForcibly();
                }
            } else {
                Processes.stopTree(live.get(), 30);
            }
        }
        // A postmaster that outlived a kill -9 before its pid was written down.
        Database.postmasterPid(home.postgresData()).flatMap(ProcessHandle::of)
                .filter(p -> PidFile.belongsToUs(PidFile.commandLine(p), home.postgresData().toString()))
                .ifPresent(p -> {
                    say("stopping PostgreSQL (pid " + p.pid() + ")");
                    Processes.signal(p.pid(), "INT");
                    Processes.awaitExit(p, 30);
                });
        pids.delete();
        if (!any) {
            say("No Koepel stack is running" + (entries.isEmpty() ? "." : "; removed the stale " + pids.path() + "."));
        } else {
            say("stopped; the data stays in " + home.dir());
        }
        return true;
    }

    static void say(String message) {
        System.out.println("koepel: " + message);
        System.out.flush();
    }
}
