package be.koepel.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** docker-compose.yml, parsed (YAML anchors and merge keys resolved, ${...} left as written). */
final class Compose {

    static final String FILE = "docker-compose.yml";

    final Map<String, Object> root;

    Compose() {
        this.root = Repo.yamlDocuments(Repo.path(FILE)).get(0);
    }

    Map<String, Object> services() {
        return Repo.map(root, "services");
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = Repo.map(services(), name);
        if (service.isEmpty()) {
            throw new AssertionError(FILE + " has no service " + name);
        }
        return service;
    }

    /** A service's environment, in the map or the list ({@code - NAME=value}) form. */
    static Map<String, String> environment(Map<String, Object> service) {
        Object env = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object entry : list) {
                String s = String.valueOf(entry);
                int eq = s.indexOf('=');
                result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        }
        return result;
    }

    /** The command (or the health check) as one string, whether written as a list or a string. */
    static String text(Object commandOrTest) {
        if (commandOrTest instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return commandOrTest == null ? "" : String.valueOf(commandOrTest);
    }
}
