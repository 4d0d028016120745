package be.koepel.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository under test: its root comes from the system property {@code koepel.root} (set by the pom). */
final class Repo {

    static final Path ROOT = root();

    private Repo() {
    }

    private static Path root() {
        String configured = System.getProperty("koepel.root");
        Path root = (configured != null ? Path.of(configured) : Path.of("../..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("platform"))) {
            throw new IllegalStateException("koepel.root=" + root + " is not the Koepel repository root");
        }
        return root;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String relative) {
        return read(path(relative));
    }

    /** The services: the root pom's modules named {@code *-service}. */
    static List<String> services() {
        Matcher m = Pattern.compile("<module>([a-z-]+-service)</module>").matcher(read("pom.xml"));
        List<String> services = new ArrayList<>();
        while (m.find()) {
            services.add(m.group(1));
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("no <module>*-service</module> in the root pom");
        }
        return services;
    }

    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    /** Every document of a (multi-document) YAML file; empty documents are skipped. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : yaml().loadAll(read(file))) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    static List<Path> yamlFilesUnder(String relative) {
        try (Stream<Path> files = Files.walk(path(relative))) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ navigating parsed YAML

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... keys) {
        Object value = at(node, keys);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String... keys) {
        Object value = at(node, keys);
        return value == null ? List.of() : (List<Object>) value;
    }

    static String string(Object node, String... keys) {
        Object value = at(node, keys);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Object at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }
}
