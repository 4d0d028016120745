package be.koepel.deploy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration keys a service reads, and whether an environment variable names one of them.
 * Quarkus maps a key to its environment variable by replacing every character that is not a letter
 * or digit with {@code _} and upper-casing the rest (quarkus.datasource.jdbc.url → QUARKUS_DATASOURCE_JDBC_URL).
 */
final class ConfigKeys {

    /** Read by the image's run-java.sh, not by the application's configuration. */
    static final Set<String> LAUNCHER_VARIABLES = Set.of(
            "JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO", "JAVA_APP_JAR");

    private final Set<String> keys = new TreeSet<>();
    private final Set<String> mapPrefixes = new TreeSet<>();

    void addKey(String key) {
        keys.add(withoutProfile(key));
    }

    void addKeys(Collection<String> more) {
        more.forEach(this::addKey);
    }

    /** A {@code Map} member of a config mapping: any key below this prefix is read. */
    void addMapPrefix(String prefix) {
        mapPrefixes.add(prefix);
    }

    Set<String> keys() {
        return keys;
    }

    boolean readsEnvironmentVariable(String name) {
        if (LAUNCHER_VARIABLES.contains(name)) {
            return true;
        }
        for (String key : keys) {
            if (envName(key).equals(name)) {
                return true;
            }
        }
        for (String prefix : mapPrefixes) {
            if (name.startsWith(envName(prefix) + "_") && name.length() > envName(prefix).length() + 1) {
                return true;
            }
        }
        return false;
    }

    static String envName(String key) {
        StringBuilder env = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            env.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return env.toString().toUpperCase(Locale.ROOT);
    }

    /** {@code %dev.kafka.bootstrap.servers} is the key {@code kafka.bootstrap.servers} in the dev profile. */
    static String withoutProfile(String key) {
        if (key.startsWith("%")) {
            int dot = key.indexOf('.');
            return dot < 0 ? key : key.substring(dot + 1);
        }
        return key;
    }
}
