package be.koepel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KubernetesManifestsTest {

    private static final long ONE_DAY_MS = 86_400_000L;

    private final K8s k8s = new K8s();

    static Stream<String> services() {
        return Repo.services().stream();
    }

    private Map<String, Object> container(String service) {
        K8s.Doc deployment = k8s.baseOne("Deployment", service);
        List<Object> containers = Repo.list(deployment.content(), "spec", "template", "spec", "containers");
        assertThat(containers).as("containers of %s", deployment).hasSize(1);
        return Repo.map(containers.get(0));
    }

    /** A probe's port: a number, or the name of one of the container's ports. */
    private static int probePort(Map<String, Object> container, String probe) {
        Object port = Repo.at(container, probe, "httpGet", "port");
        if (port instanceof Integer number) {
            return number;
        }
        for (Object p : Repo.list(container, "ports")) {
            if (String.valueOf(port).equals(Repo.string(p, "name"))) {
                return Integer.parseInt(Repo.string(p, "containerPort"));
            }
        }
        throw new AssertionError(probe + " uses port " + port + ", which the container does not declare");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void the_container_listens_on_the_services_own_quarkus_http_port(String service) {
        int port = ServiceConfig.of(service).httpPort();
        assertThat(Repo.list(container(service), "ports"))
                .extracting(p -> Integer.parseInt(Repo.string(p, "containerPort")))
                .containsExactly(port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void the_service_routes_the_services_own_port_to_the_pods_of_its_deployment(String service) {
        int port = ServiceConfig.of(service).httpPort();
        Map<String, Object> spec = Repo.map(k8s.baseOne("Service", service).content(), "spec");
        assertThat(Repo.list(spec, "ports")).singleElement().satisfies(p -> {
            assertThat(Repo.string(p, "port")).isEqualTo(String.valueOf(port));
            assertThat(Repo.string(p, "targetPort")).isIn(String.valueOf(port), "http");
        });
        Map<String, Object> podLabels = Repo.map(k8s.baseOne("Deployment", service).content(), "spec", "template", "metadata", "labels");
        assertThat(podLabels).containsAllEntriesOf(Repo.map(spec, "selector"));
        assertThat(Repo.map(k8s.baseOne("Deployment", service).content(), "spec", "selector", "matchLabels"))
                .isEqualTo(Repo.map(spec, "selector"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void readiness_asks_q_health_ready_and_liveness_asks_q_health_live_on_the_services_port(String service) {
        int port = ServiceConfig.of(service).httpPort();
        Map<String, Object> container = container(service);
        assertThat(Repo.string(container, "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
        assertThat(Repo.string(container, "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
        assertThat(probePort(container, "readinessProbe")).isEqualTo(port);
        assertThat(probePort(container, "livenessProbe")).isEqualTo(port);
        if (container.containsKey("startupProbe")) {
            assertThat(Repo.string(container, "startupProbe", "httpGet", "path")).isIn("/q/health/live", "/q/health/started");
            assertThat(probePort(container, "startupProbe")).isEqualTo(port);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void the_container_requests_and_is_limited_in_cpu_and_memory(String service) {
        Map<String, Object> resources = Repo.map(container(service), "resources");
        assertThat(Repo.map(resources, "requests")).containsKeys("cpu", "memory");
        assertThat(Repo.map(resources, "limits")).containsKeys("cpu", "memory");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void every_environment_variable_from_its_config_map_and_env_names_a_config_key_that_the_service_reads(String service) {
        ConfigKeys keys = ServiceConfig.of(service).keys();
        Set<String> names = new TreeSet<>();
        Map<String, Object> container = container(service);
        for (Object env : Repo.list(container, "env")) {
            names.add(Repo.string(env, "name"));
        }
        List<String> configMaps = Repo.list(container, "envFrom").stream()
                .map(e -> Repo.string(e, "configMapRef", "name")).filter(n -> n != null).toList();
        assertThat(configMaps).as("envFrom of %s", service).isNotEmpty();
        for (String configMap : configMaps) {
            List<K8s.Doc> docs = k8s.named("ConfigMap", configMap);
            assertThat(docs).as("ConfigMap %s", configMap).anyMatch(K8s.Doc::inBase);
            // the base and every overlay's patch of it
            docs.forEach(doc -> names.addAll(Repo.map(doc.content(), "data").keySet()));
        }
        assertThat(names).as("environment of %s", service).isNotEmpty();
        assertThat(names.stream().filter(n -> !keys.readsEnvironmentVariable(n)).toList())
                .as("environment variables of %s that map to no key it reads", service).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void the_database_password_comes_from_a_secret_that_the_base_only_references(String service) {
        Map<String, Object> password = Repo.list(container(service), "env").stream().map(Repo::map)
                .filter(e -> "QUARKUS_DATASOURCE_PASSWORD".equals(e.get("name"))).findFirst().orElseThrow();
        assertThat(Repo.string(password, "valueFrom", "secretKeyRef", "name")).isEqualTo(service + "-db");
        assertThat(Repo.string(password, "valueFrom", "secretKeyRef", "key")).isEqualTo("password");
    }

    @Test
    void no_secret_value_is_written_in_the_base() {
        assertThat(k8s.ofKind("Secret").stream().filter(K8s.Doc::inBase).toList()).isEmpty();
        for (K8s.Doc doc : k8s.docs) {
            if (!doc.inBase()) {
                continue;
            }
            for (Object container : Repo.list(doc.content(), "spec", "template", "spec", "containers")) {
                for (Object env : Repo.list(container, "env")) {
                    String name = Repo.string(env, "name");
                    if (name.contains("PASSWORD") || name.contains("SECRET") || name.contains("API_KEY")) {
                        assertThat(Repo.at(env, "value")).as("%s in %s", name, doc).isNull();
                        assertThat(Repo.at(env, "valueFrom", "secretKeyRef")).as("%s in %s", name, doc).isNotNull();
                    }
                }
            }
            if ("ConfigMap".equals(doc.kind())) {
                assertThat(Repo.map(doc.content(), "data").keySet()).as("%s", doc)
                        .noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET") || k.contains("API_KEY"));
            }
        }
    }

    @Test
    void the_dev_overlay_generates_every_referenced_secret_with_dev_only_values() {
        Set<String> referenced = new TreeSet<>();
        for (String service : Repo.services()) {
            for (Object env : Repo.list(container(service), "env")) {
                if (Repo.at(env, "valueFrom", "secretKeyRef") != null && !Boolean.TRUE.equals(Repo.at(env, "valueFrom", "secretKeyRef", "optional"))) {
                    referenced.add(Repo.string(env, "valueFrom", "secretKeyRef", "name"));
                }
            }
        }
        Map<String, Object> dev = Repo.yamlDocuments(Repo.path(K8s.DIR + "/overlays/dev/kustomization.yaml")).get(0);
        Set<String> generated = new TreeSet<>();
        for (Object generator : Repo.list(dev, "secretGenerator")) {
            generated.add(Repo.string(generator, "name"));
            assertThat(Repo.list(generator, "literals")).allSatisfy(l -> assertThat(String.valueOf(l)).contains("=dev-only"));
        }
        assertThat(generated).containsAll(referenced);
    }

    @Test
    void every_topic_of_the_contracts_and_every_configured_dead_letter_topic_has_a_KafkaTopic() {
        Set<String> declared = kafkaTopics().keySet();
        assertThat(declared).containsAll(Contracts.topics());
        assertThat(declared).containsAll(Contracts.deadLetterTopics());
        assertThat(declared).containsAll(Contracts.asyncApiAddresses());
        assertThat(declared).as("no KafkaTopic that nothing names").isSubsetOf(Contracts.allTopics());
    }

    @Test
    void every_KafkaTopic_has_partitions_and_a_retention_and_dead_letters_are_kept_longer_than_events() {
        Map<String, Map<String, Object>> topics = kafkaTopics();
        topics.forEach((name, spec) -> {
            assertThat(((Number) spec.get("partitions")).intValue()).as("partitions of %s", name).isGreaterThanOrEqualTo(3);
            assertThat(Repo.at(spec, "config", "retention.ms")).as("retention of %s", name).isNotNull();
        });
        for (String dlq : Contracts.deadLetterTopics()) {
            String topic = dlq.substring(0, dlq.length() - ".dlq".length());
            assertThat(topics).as("KafkaTopics").containsKeys(dlq, topic);
            assertThat(retentionMs(topics.get(dlq))).as("retention of %s", dlq)
                    .isGreaterThan(retentionMs(topics.get(topic))).isGreaterThanOrEqualTo(14 * ONE_DAY_MS);
        }
    }

    @Test
    void kafka_is_a_strimzi_cluster_in_KRaft_mode_whose_node_pool_and_topics_belong_to_it() {
        K8s.Doc kafka = k8s.ofKind("Kafka").stream().filter(K8s.Doc::inBase).findFirst().orElseThrow();
        String cluster = kafka.name();
        assertThat(Repo.string(kafka.content(), "apiVersion")).startsWith("kafka.strimzi.io/");
        assertThat(Repo.at(kafka.content(), "spec", "zookeeper")).as("no ZooKeeper: KRaft").isNull();
        List<K8s.Doc> pools = k8s.ofKind("KafkaNodePool").stream().filter(K8s.Doc::inBase).toList();
        assertThat(pools).isNotEmpty();
        Set<String> roles = new HashSet<>();
        for (K8s.Doc pool : pools) {
            assertThat(Repo.string(pool.content(), "metadata", "labels", "strimzi.io/cluster")).isEqualTo(cluster);
            Repo.list(pool.content(), "spec", "roles").forEach(r -> roles.add(String.valueOf(r)));
        }
        assertThat(roles).contains("controller", "broker");
        for (K8s.Doc topic : k8s.ofKind("KafkaTopic")) {
            if (topic.inBase()) {
                assertThat(Repo.string(topic.content(), "metadata", "labels", "strimzi.io/cluster")).as("%s", topic).isEqualTo(cluster);
            }
        }
        // the services connect to the cluster's bootstrap Service on its plain listener
        int plain = Repo.list(kafka.content(), "spec", "kafka", "listeners").stream()
                .filter(l -> "false".equals(Repo.string(l, "tls"))).map(l -> Integer.parseInt(Repo.string(l, "port")))
                .findFirst().orElseThrow();
        for (K8s.Doc configMap : k8s.ofKind("ConfigMap")) {
            Object bootstrap = Repo.at(configMap.content(), "data", "KAFKA_BOOTSTRAP_SERVERS");
            if (bootstrap != null) {
                assertThat(String.valueOf(bootstrap)).as("%s", configMap).isEqualTo(cluster + "-kafka-bootstrap:" + plain);
            }
        }
    }

    @Test
    void referral_service_and_notification_service_scale_with_a_horizontal_pod_autoscaler() {
        for (String service : List.of("referral-service", "notification-service")) {
            K8s.Doc hpa = k8s.baseOne("HorizontalPodAutoscaler", service);
            assertThat(Repo.string(hpa.content(), "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
            assertThat(Repo.string(hpa.content(), "spec", "scaleTargetRef", "name")).isEqualTo(service);
            assertThat(((Number) Repo.at(hpa.content(), "spec", "maxReplicas")).intValue())
                    .isGreaterThan(((Number) Repo.at(hpa.content(), "spec", "minReplicas")).intValue());
            assertThat(Repo.at(k8s.baseOne("Deployment", service).content(), "spec", "replicas"))
                    .as("replicas of %s are the autoscaler's to set", service).isNull();
        }
    }

    @Test
    void every_manifest_is_listed_by_the_kustomization_beside_it_and_every_listed_path_exists() throws Exception {
        Set<Path> listed = new HashSet<>();
        List<Path> kustomizations = Repo.yamlFilesUnder(K8s.DIR).stream()
                .filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList();
        assertThat(kustomizations).extracting(p -> Repo.ROOT.relativize(p.getParent()).toString().replace('\\', '/'))
                .contains(K8s.DIR + "/base", K8s.DIR + "/overlays/dev");
        for (Path kustomization : kustomizations) {
            Map<String, Object> content = Repo.yamlDocuments(kustomization).get(0);
            Path dir = kustomization.getParent();
            for (Object resource : Repo.list(content, "resources")) {
                Path path = dir.resolve(String.valueOf(resource)).normalize();
                assertThat(Files.exists(path)).as("%s lists %s", Repo.ROOT.relativize(kustomization), resource).isTrue();
                if (Files.isDirectory(path)) {
                    assertThat(path.resolve("kustomization.yaml")).isRegularFile();
                }
                listed.add(path);
            }
            for (Object patch : Repo.list(content, "patches")) {
                String path = Repo.string(patch, "path");
                if (path != null) {
                    assertThat(dir.resolve(path)).isRegularFile();
                    listed.add(dir.resolve(path).normalize());
                }
            }
        }
        for (Path file : Repo.yamlFilesUnder(K8s.DIR)) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                assertThat(listed).as("%s is listed by a kustomization", Repo.ROOT.relativize(file)).contains(file.normalize());
            }
        }
    }

    @Test
    void every_document_under_deploy_k8s_is_a_kubernetes_object_with_a_kind_and_a_name() {
        assertThat(k8s.docs).isNotEmpty();
        for (K8s.Doc doc : k8s.resources()) {
            assertThat(Repo.string(doc.content(), "apiVersion")).as("%s", doc).isNotBlank();
            assertThat(doc.kind()).as("%s", doc).isNotBlank();
            assertThat(doc.name()).as("%s", doc).isNotBlank();
        }
    }

    /** topicName → spec, from the base's KafkaTopic resources. */
    private Map<String, Map<String, Object>> kafkaTopics() {
        Map<String, Map<String, Object>> topics = new java.util.TreeMap<>();
        for (K8s.Doc doc : k8s.ofKind("KafkaTopic")) {
            if (!doc.inBase()) {
                continue;
            }
            Map<String, Object> spec = Repo.map(doc.content(), "spec");
            String name = spec.containsKey("topicName") ? String.valueOf(spec.get("topicName")) : doc.name();
            assertThat(topics.put(name, spec)).as("a second KafkaTopic for %s", name).isNull();
        }
        return topics;
    }

    private static long retentionMs(Map<String, Object> spec) {
        return Long.parseLong(String.valueOf(Repo.at(spec, "config", "retention.ms")));
    }
}
