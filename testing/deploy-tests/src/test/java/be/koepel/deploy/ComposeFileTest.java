package be.koepel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComposeFileTest {

    private static final Pattern TOPIC_NAME = Pattern.compile("\\b[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.v\\d+(?:\\.dlq)?\\b");
    private static final Pattern DEV_DEFAULT = Pattern.compile("\\$\\{KOEPEL_DEV_[A-Z0-9_]+:-dev-only[^}]*}");

    private final Compose compose = new Compose();

    static Stream<String> services() {
        return Repo.services().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void each_service_is_built_from_its_own_multi_stage_Dockerfile_with_the_repository_as_context(String service) {
        Map<String, Object> build = Repo.map(compose.service(service), "build");
        assertThat(Repo.string(build, "context")).isEqualTo(".");
        String dockerfile = Repo.string(build, "dockerfile");
        assertThat(dockerfile).isEqualTo(service + "/src/main/docker/Dockerfile");
        assertThat(Repo.path(dockerfile)).isRegularFile();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void each_service_is_published_on_its_own_quarkus_http_port(String service) {
        int port = ServiceConfig.of(service).httpPort();
        List<Object> ports = Repo.list(compose.service(service), "ports");
        assertThat(ports).as("ports of %s", service).isNotEmpty();
        for (Object mapping : ports) {
            String[] parts = String.valueOf(mapping).split(":");
            assertThat(parts[parts.length - 1]).as("container port in %s", mapping).isEqualTo(String.valueOf(port));
            assertThat(parts[parts.length - 2]).as("host port in %s (the DESIGN.md table)", mapping).isEqualTo(String.valueOf(port));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void each_service_is_healthy_only_when_its_readiness_check_on_its_own_port_says_so(String service) {
        int port = ServiceConfig.of(service).httpPort();
        String test = Compose.text(Repo.at(compose.service(service), "healthcheck", "test"));
        assertThat(test).contains("/q/health/ready").contains("/" + port + " ").contains(" 200 ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void every_environment_variable_of_a_service_names_a_config_key_that_the_service_reads(String service) {
        ConfigKeys keys = ServiceConfig.of(service).keys();
        Set<String> unknown = new TreeSet<>();
        for (String name : Compose.environment(compose.service(service)).keySet()) {
            if (!keys.readsEnvironmentVariable(name)) {
                unknown.add(name);
            }
        }
        assertThat(unknown).as("environment variables of %s that map to no key it reads", service).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void each_service_gets_its_own_database_kafka_and_the_in_network_keycloak(String service) {
        Map<String, String> env = Compose.environment(compose.service(service));
        String database = "koepel_" + service.replace("-service", "");
        assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
        assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(database);
        assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).startsWith("kafka:");
        assertThat(env.get("QUARKUS_OIDC_AUTH_SERVER_URL")).isEqualTo("http://keycloak:8180/realms/koepel");
        assertThat(env.get("QUARKUS_OIDC_TOKEN_ISSUER")).as("the issuer of tokens fetched from the host")
                .isEqualTo("http://localhost:8180/realms/koepel");
        assertThat(compose.services()).containsKeys("postgres", "kafka", "keycloak");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void each_service_starts_only_after_its_infrastructure_is_healthy_and_the_topics_exist(String service) {
        Map<String, Object> dependsOn = Repo.map(compose.service(service), "depends_on");
        assertThat(Repo.string(dependsOn, "postgres", "condition")).isEqualTo("service_healthy");
        assertThat(Repo.string(dependsOn, "keycloak", "condition")).isEqualTo("service_healthy");
        assertThat(Repo.string(dependsOn, "kafka-init", "condition")).isEqualTo("service_completed_successfully");
    }

    @Test
    void every_long_running_container_has_a_health_check_and_every_condition_names_a_real_service() {
        for (Map.Entry<String, Object> entry : compose.services().entrySet()) {
            Map<String, Object> service = Repo.map(entry.getValue());
            boolean oneShot = "no".equals(Repo.string(service, "restart"));
            if (!oneShot) {
                assertThat(Repo.at(service, "healthcheck", "test")).as("health check of %s", entry.getKey()).isNotNull();
            }
            for (Map.Entry<String, Object> dependency : Repo.map(service, "depends_on").entrySet()) {
                assertThat(compose.services()).as("%s depends on", entry.getKey()).containsKey(dependency.getKey());
                String condition = Repo.string(dependency.getValue(), "condition");
                assertThat(condition).isIn("service_healthy", "service_completed_successfully");
                if ("service_healthy".equals(condition)) {
                    assertThat(Repo.at(compose.service(dependency.getKey()), "healthcheck", "test")).isNotNull();
                }
            }
        }
    }

    @Test
    void every_topic_of_the_contracts_and_every_configured_dead_letter_topic_is_created_at_start() {
        Set<String> created = createdTopics();
        assertThat(created).containsAll(Contracts.topics());
        assertThat(created).containsAll(Contracts.deadLetterTopics());
        assertThat(created).containsAll(Contracts.asyncApiAddresses());
    }

    @Test
    void no_topic_is_created_that_neither_the_contracts_nor_a_service_names() {
        assertThat(createdTopics()).isSubsetOf(Contracts.allTopics());
    }

    @Test
    void kafka_runs_in_KRaft_mode_without_auto_creating_topics_and_topics_get_three_partitions() {
        Map<String, String> env = Compose.environment(compose.service("kafka"));
        assertThat(Repo.string(compose.service("kafka"), "image")).startsWith("apache/kafka:");
        assertThat(env.get("KAFKA_PROCESS_ROLES")).contains("broker").contains("controller");
        assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
        assertThat(Compose.text(compose.service("kafka-init").get("command"))).contains("--partitions 3");
    }

    @Test
    void keycloak_imports_the_koepel_realm_from_deploy_keycloak() {
        Map<String, Object> keycloak = compose.service("keycloak");
        assertThat(Repo.string(keycloak, "image")).isEqualTo("quay.io/keycloak/keycloak:26.5.6");
        assertThat(Compose.text(keycloak.get("command"))).contains("start-dev").contains("--import-realm");
        assertThat(Repo.list(keycloak, "volumes")).anySatisfy(v -> assertThat(String.valueOf(v))
                .startsWith("./deploy/keycloak/koepel-realm.json:/opt/keycloak/data/import/"));
        assertThat(Compose.environment(keycloak)).containsEntry("KC_HTTP_PORT", "8180");
    }

    @Test
    void postgres_creates_one_database_per_service_with_the_init_script_under_deploy_compose() {
        Map<String, Object> postgres = compose.service("postgres");
        assertThat(Repo.string(postgres, "image")).startsWith("postgres:17");
        String mount = Repo.list(postgres, "volumes").stream().map(String::valueOf)
                .filter(v -> v.contains("/docker-entrypoint-initdb.d/")).findFirst().orElseThrow();
        String script = mount.substring(0, mount.indexOf(':'));
        assertThat(Repo.path(script)).isRegularFile();
        String text = Repo.read(script);
        for (String service : Repo.services()) {
            String short_ = service.replace("-service", "");
            assertThat(text).contains(short_);
            assertThat(Compose.environment(postgres)).containsKey("KOEPEL_DEV_" + short_.toUpperCase() + "_DB_PASSWORD");
        }
    }

    @Test
    void every_password_and_secret_in_compose_is_an_overridable_default_marked_dev_only() {
        for (Map.Entry<String, Object> entry : compose.services().entrySet()) {
            Compose.environment(Repo.map(entry.getValue())).forEach((name, value) -> {
                if (name.contains("PASSWORD") || name.contains("SECRET") || name.contains("API_KEY")) {
                    assertThat(value).as("%s of %s", name, entry.getKey()).matches(DEV_DEFAULT.pattern());
                }
            });
        }
    }

    @Test
    void the_data_of_postgres_kafka_and_keycloak_lives_in_named_volumes() {
        Set<String> volumes = Repo.map(compose.root, "volumes").keySet();
        for (String infra : List.of("postgres", "kafka", "keycloak")) {
            assertThat(Repo.list(compose.service(infra), "volumes")).as(infra)
                    .anySatisfy(v -> assertThat(volumes).contains(String.valueOf(v).split(":")[0]));
        }
    }

    @Test
    void the_root_dockerignore_keeps_build_output_local_state_and_git_out_of_the_context() throws Exception {
        List<String> lines = Files.readAllLines(Repo.path(".dockerignore"));
        assertThat(lines).contains(".git/", ".koepel/", "**/target/");
    }

    private Set<String> createdTopics() {
        String command = Compose.text(compose.service("kafka-init").get("command"));
        Set<String> topics = new TreeSet<>();
        Matcher m = TOPIC_NAME.matcher(command);
        while (m.find()) {
            topics.add(m.group());
        }
        return topics;
    }
}
