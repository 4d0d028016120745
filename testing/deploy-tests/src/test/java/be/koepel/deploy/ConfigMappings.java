package be.koepel.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the {@code @ConfigMapping(prefix = "...")} interfaces in a source tree and adds the keys they
 * declare: {@code prefix.kebab-case-of-method}, nested interfaces below their member's key, and a
 * {@code Map} member as a prefix under which any key is read.
 */
final class ConfigMappings {

    private static final Pattern MAPPING = Pattern.compile(
            "@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"\\s*\\)\\s*(?:public\\s+)?interface\\s+(\\w+)");
    private static final Pattern MEMBER = Pattern.compile(
            "(?:@WithName\\(\"([^\"]+)\"\\)\\s*)?([\\w.]+(?:<[^;(){}]*>)?)\\s+(\\w+)\\s*\\(\\s*\\)\\s*;");

    private ConfigMappings() {
    }

    static void addKeysFrom(Path sourceRoot, ConfigKeys keys) {
        if (!Files.isDirectory(sourceRoot)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = stripComments(Repo.read(file));
                Matcher m = MAPPING.matcher(source);
                while (m.find()) {
                    addInterface(source, m.group(2), m.group(1), keys);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the {@code @ConfigMapping} prefixes in a source tree (for the tests' own sanity checks). */
    static List<String> prefixesIn(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> MAPPING.matcher(Repo.read(p)).results().map(r -> r.group(1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addInterface(String source, String name, String prefix, ConfigKeys keys) {
        String body = ownBody(source, name);
        Matcher member = MEMBER.matcher(body);
        while (member.find()) {
            String type = member.group(2);
            String key = prefix + "." + (member.group(1) != null ? member.group(1) : kebab(member.group(3)));
            String inner = type.replaceFirst("^Optional<(.*)>$", "$1");
            if (type.startsWith("Map<")) {
                keys.addMapPrefix(key);
            } else if (declaresInterface(source, inner)) {
                addInterface(source, inner, key, keys);
            } else {
                keys.addKey(key);
            }
        }
    }

    /** The interface's body without the bodies of interfaces nested in it. */
    private static String ownBody(String source, String name) {
        Matcher m = Pattern.compile("interface\\s+" + name + "\\s*\\{").matcher(source);
        if (!m.find()) {
            throw new IllegalStateException("interface " + name + " not found");
        }
        StringBuilder own = new StringBuilder();
        int depth = 1;
        for (int i = m.end(); i < source.length() && depth > 0; i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 1) {
                own.append(c);
            }
        }
        // a nested declaration leaves "interface X" behind in the own body: harmless, it has no "()"
        return own.toString();
    }

    private static boolean declaresInterface(String source, String name) {
        return Pattern.compile("interface\\s+" + Pattern.quote(name) + "\\s*\\{").matcher(source).find();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String stripComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }
}
