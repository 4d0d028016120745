package be.koepel.system;

import be.koepel.testing.PostgresServer;
import be.koepel.testing.SmsGatewayStub;
import be.koepel.testing.Tokens;
import be.koepel.testing.kafka.KafkaBroker;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole network for a system test: one PostgreSQL server with a database per service, one
 * real Kafka broker, an OIDC server, an SMS gateway stub, and the four packaged services as
 * separate processes, each with its own configuration.
 */
final class KoepelNetwork implements AutoCloseable {

    static final Duration ACKNOWLEDGE_WITHIN = Duration.ofSeconds(6);

    final PostgresServer postgres;
    final SmsGatewayStub sms;
    final Path root;
    final Path logs;
    private final OidcWiremockTestResource oidc;
    private final Map<String, String> oidcConfig;
    private KafkaBroker kafka;
    final ServiceProcess referral;
    final ServiceProcess volunteer;
    final ServiceProcess group;
    final ServiceProcess notification;

    private KoepelNetwork() throws IOException {
        root = Path.of(System.getProperty("koepel.repository.root", "../..")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "koepel-network-");
        logs = work.resolve("logs");
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(() -> KafkaBroker.start(work.resolve("kafka")));
        postgres = PostgresServer.start();
        kafka = broker.join();
        oidc = new OidcWiremockTestResource();
        oidcConfig = oidc.start();
        sms = SmsGatewayStub.start();

        referral = service("referral-service", Map.of());
        volunteer = service("volunteer-service", Map.of());
        group = service("group-service", Map.of());
        notification = service("notification-service", Map.of(
                "koepel.paging.channel", "sms",
                "koepel.sms.gateway-url", sms.url(),
                "koepel.paging.acknowledge-within", ACKNOWLEDGE_WITHIN.toMillis() + "ms",
                // notices must not wait for the night's end when the suite runs at night
                "koepel.notices.quiet-hours.end", "22:00"));
    }

    static KoepelNetwork start() {
        try {
            KoepelNetwork network = new KoepelNetwork();
            List<ServiceProcess> all = network.services();
            all.forEach(ServiceProcess::start);
            all.forEach(ServiceProcess::awaitReady);
            return network;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ServiceProcess> services() {
        return List.of(referral, volunteer, group, notification);
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The broker goes away, as in an outage; its data stays. */
    void stopBroker() {
        kafka.close();
    }

    /** The broker comes back on the same address with the same data. */
    void restartBroker() {
        kafka = kafka.restart();
    }

    private ServiceProcess service(String name, Map<String, String> extra) {
        PostgresServer.Database database = postgres.createDatabase(name.replace("-service", ""));
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.username());
        config.put("quarkus.datasource.password", database.password());
        config.put("kafka.bootstrap.servers", "127.0.0.1:" + kafkaPort());
        config.put("quarkus.oidc.auth-server-url", oidcConfig.get("keycloak.url") + "/realms/quarkus/");
        config.put("quarkus.oidc.token.issuer", Tokens.ISSUER);
        config.put("quarkus.log.file.enabled", "false");
        config.putAll(extra);
        ServiceProcess process = new ServiceProcess(name, root, logs, config);
        if ("notification-service".equals(name)) {
            config.put("koepel.paging.public-url", process.url());
        }
        return process;
    }

    private int kafkaPort() {
        String servers = kafka.bootstrapServers();
        return Integer.parseInt(servers.substring(servers.lastIndexOf(':') + 1));
    }

    @Override
    public void close() {
        services().forEach(ServiceProcess::close);
        sms.close();
        oidc.stop();
        kafka.close();
        postgres.close();
    }
}
