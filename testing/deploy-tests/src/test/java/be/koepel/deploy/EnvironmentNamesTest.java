package be.koepel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The checker the compose and Kubernetes tests rely on: a misspelt variable must fail them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EnvironmentNamesTest {

    private final ConfigKeys notification = ServiceConfig.of("notification-service").keys();
    private final ConfigKeys volunteer = ServiceConfig.of("volunteer-service").keys();

    @Test
    void a_key_becomes_its_environment_variable_the_way_quarkus_maps_it() {
        assertThat(ConfigKeys.envName("quarkus.datasource.jdbc.url")).isEqualTo("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(ConfigKeys.envName("koepel.paging.link-secret")).isEqualTo("KOEPEL_PAGING_LINK_SECRET");
        assertThat(ConfigKeys.withoutProfile("%dev.kafka.bootstrap.servers")).isEqualTo("kafka.bootstrap.servers");
    }

    @Test
    void keys_of_application_properties_platform_defaults_and_dev_profile_are_read() {
        assertThat(notification.readsEnvironmentVariable("KOEPEL_PAGING_CHANNEL")).isTrue();
        assertThat(notification.readsEnvironmentVariable("QUARKUS_OIDC_AUTH_SERVER_URL")).isTrue();
        assertThat(notification.readsEnvironmentVariable("QUARKUS_OIDC_TOKEN_ISSUER")).isTrue();
        assertThat(notification.readsEnvironmentVariable("KAFKA_BOOTSTRAP_SERVERS")).isTrue();
        assertThat(notification.readsEnvironmentVariable("QUARKUS_DATASOURCE_PASSWORD")).isTrue();
    }

    @Test
    void keys_that_only_a_config_mapping_declares_are_read_including_nested_and_map_members() {
        assertThat(notification.readsEnvironmentVariable("KOEPEL_SMS_GATEWAY_URL")).isTrue();
        assertThat(notification.readsEnvironmentVariable("KOEPEL_SMS_API_KEY")).isTrue();
        assertThat(notification.readsEnvironmentVariable("KOEPEL_PAGING_COORDINATOR_ON_DUTY_PHONE")).isTrue();
        assertThat(notification.readsEnvironmentVariable("KOEPEL_OUTBOX_SWEEP_INTERVAL")).as("platform's mapping").isTrue();
        assertThat(volunteer.readsEnvironmentVariable("KOEPEL_VOLUNTEER_PAGEABLE_HOSPITAL_TRAININGS_AZ_TURNHOUT")).isTrue();
    }

    @Test
    void a_misspelt_variable_or_another_services_key_is_not_read() {
        assertThat(notification.readsEnvironmentVariable("KOEPEL_PAGING_LINK_SECRTE")).isFalse();
        assertThat(notification.readsEnvironmentVariable("KOEPEL_PAGNG_CHANNEL")).isFalse();
        assertThat(notification.readsEnvironmentVariable("QUARKUS_DATASOURCE_JDBC_URI")).isFalse();
        assertThat(volunteer.readsEnvironmentVariable("KOEPEL_PAGING_CHANNEL")).as("a notification-service key").isFalse();
        assertThat(volunteer.readsEnvironmentVariable("KOEPEL_VOLUNTEER_PAGEABLE_HOSPITAL_TRAININGS")).isFalse();
    }

    @Test
    void every_config_mapping_prefix_in_the_code_is_known_to_the_checker() {
        java.util.List<String> trees = new java.util.ArrayList<>(Repo.services());
        trees.add("platform");
        for (String tree : trees) {
            for (String prefix : ConfigMappings.prefixesIn(Repo.path(tree + "/src/main/java"))) {
                ConfigKeys keys = new ConfigKeys();
                ConfigMappings.addKeysFrom(Repo.path(tree + "/src/main/java"), keys);
                assertThat(keys.keys()).as("keys under %s", prefix).anyMatch(k -> k.startsWith(prefix + "."));
            }
        }
    }
}
