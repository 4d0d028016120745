package be.koepel.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Everything a service's {@code @QuarkusTest} needs, real and started for this run: a fresh
 * PostgreSQL database, a Kafka broker and an OIDC server whose keys sign {@link Tokens}.
 *
 * <p>Use it once per service module, on one test class:
 * {@code @QuarkusTestResource(value = KoepelTestResource.class, initArgs = @ResourceArg(name = "service", value = "referral"))}.
 */
public class KoepelTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(KoepelTestResource.class);

    private String service = "koepel";
    private PostgresServer postgres;
    private KafkaServer kafka;
    private OidcWiremockTestResource oidc;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        // The two servers start side by side: together they take the time of the slower one.
        CompletableFuture<KafkaServer> kafkaStart = CompletableFuture.supplyAsync(KafkaServer::start);
        postgres = PostgresServer.start();
        kafka = kafkaStart.join();
        PostgresServer.Database database = postgres.createDatabase(service);
        LOG.infof("Test infrastructure for %s: %s, database %s; %s at %s", service, postgres.description(),
                database.jdbcUrl(), kafka.description(), kafka.bootstrapServers());

        oidc = new OidcWiremockTestResource();
        Map<String, String> config = new HashMap<>(oidc.start());
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.username());
        config.put("quarkus.datasource.password", database.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        if (oidc != null) {
            oidc.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
