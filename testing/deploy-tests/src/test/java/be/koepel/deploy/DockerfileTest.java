package be.koepel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DockerfileTest {

    static Stream<String> services() {
        return Repo.services().stream();
    }

    private static String dockerfile(String service) {
        return Repo.read(service + "/src/main/docker/Dockerfile");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void the_image_exposes_the_services_own_quarkus_http_port(String service) {
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(dockerfile(service));
        assertThat(expose.find()).as("EXPOSE in the Dockerfile of %s", service).isTrue();
        assertThat(Integer.parseInt(expose.group(1))).isEqualTo(ServiceConfig.of(service).httpPort());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void the_build_stage_builds_only_this_service_and_what_it_needs_with_the_maven_wrapper(String service) {
        String text = dockerfile(service);
        List<String> stages = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(text).results().map(r -> r.group(1)).toList();
        assertThat(stages).as("a build stage and a runtime stage").hasSize(2);
        assertThat(stages.get(0)).contains("17");
        assertThat(stages.get(1)).contains("17");
        assertThat(text).contains("./mvnw -B -q package -DskipTests -pl " + service + " -am");
        assertThat(text).contains("/build/" + service + "/target/quarkus-app/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void the_runtime_stage_runs_as_a_non_root_user_and_holds_no_secret(String service) {
        String text = dockerfile(service);
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(text);
        String last = null;
        while (user.find()) {
            last = user.group(1);
        }
        assertThat(last).as("the last USER of %s", service).isNotNull().isNotIn("root", "0");
        List<String> instructions = text.lines().filter(l -> !l.stripLeading().startsWith("#")).toList();
        assertThat(instructions).as("instructions of %s", service)
                .noneMatch(l -> l.toUpperCase().contains("PASSWORD") || l.toUpperCase().contains("SECRET"));
    }
}
