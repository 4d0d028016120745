package be.koepel.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** What a service's own configuration says: its port, the keys it reads, the topics it consumes and parks. */
record ServiceConfig(String name, Properties properties, ConfigKeys keys) {

    static final String PLATFORM_DEFAULTS = "platform/src/main/resources/META-INF/microprofile-config.properties";

    static ServiceConfig of(String service) {
        Properties own = load(service + "/src/main/resources/application.properties");
        ConfigKeys keys = new ConfigKeys();
        keys.addKeys(own.stringPropertyNames());
        keys.addKeys(load(PLATFORM_DEFAULTS).stringPropertyNames());
        ConfigMappings.addKeysFrom(Repo.path(service + "/src/main/java"), keys);
        ConfigMappings.addKeysFrom(Repo.path("platform/src/main/java"), keys);
        return new ServiceConfig(service, own, keys);
    }

    int httpPort() {
        String port = properties.getProperty("quarkus.http.port");
        if (port == null) {
            throw new IllegalStateException(name + " sets no quarkus.http.port");
        }
        return Integer.parseInt(port.trim());
    }

    /** The topics named by {@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}. */
    Set<String> deadLetterTopics() {
        return valuesOfKeysEndingWith(".dead-letter-queue.topic");
    }

    /** The topics named by {@code mp.messaging.incoming.<channel>.topic}. */
    Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic") && !key.endsWith(".dead-letter-queue.topic")) {
                topics.add(properties.getProperty(key).trim());
            }
        }
        return topics;
    }

    private Set<String> valuesOfKeysEndingWith(String suffix) {
        Set<String> values = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(suffix)) {
                values.add(properties.getProperty(key).trim());
            }
        }
        return values;
    }

    static Properties load(String relative) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(Repo.read(relative))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
