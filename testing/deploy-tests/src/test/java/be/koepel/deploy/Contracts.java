package be.koepel.deploy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The topic names the contracts module declares, and those the services park dead letters on. */
final class Contracts {

    static final String TOPICS_JAVA = "contracts/src/main/java/be/koepel/contracts/Topics.java";
    static final String ASYNCAPI = "contracts/src/main/resources/asyncapi.yaml";

    private Contracts() {
    }

    /** The {@code public static final String} constants of Topics.java. */
    static Set<String> topics() {
        Matcher m = Pattern.compile("static\\s+final\\s+String\\s+\\w+\\s*=\\s*\"([^\"]+)\"\\s*;").matcher(Repo.read(TOPICS_JAVA));
        Set<String> topics = new TreeSet<>();
        while (m.find()) {
            topics.add(m.group(1));
        }
        if (topics.isEmpty()) {
            throw new IllegalStateException("no topic constants found in " + TOPICS_JAVA);
        }
        return topics;
    }

    /** Every {@code <topic>.dlq} that some service's application.properties names. */
    static Set<String> deadLetterTopics() {
        Set<String> dlqs = new TreeSet<>();
        for (String service : Repo.services()) {
            dlqs.addAll(ServiceConfig.of(service).deadLetterTopics());
        }
        return dlqs;
    }

    /** The channels' addresses in asyncapi.yaml. */
    static Set<String> asyncApiAddresses() {
        Map<String, Object> doc = Repo.yamlDocuments(Repo.path(ASYNCAPI)).get(0);
        Set<String> addresses = new TreeSet<>();
        for (Object channel : Repo.map(doc, "channels").values()) {
            String address = Repo.string(channel, "address");
            if (address != null) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    /** Topics.java plus the configured dead-letter topics: what every deployment must create. */
    static Set<String> allTopics() {
        Set<String> all = new TreeSet<>(topics());
        all.addAll(deadLetterTopics());
        return all;
    }
}
