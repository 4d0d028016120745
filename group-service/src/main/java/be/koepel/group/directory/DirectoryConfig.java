package be.koepel.group.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "koepel.directory")
public interface DirectoryConfig {

    /** The network that runs the groups: the HSDS organization every group belongs to. */
    @WithDefault("Koepel")
    String organizationName();

    /** How many coming sessions each group shows. */
    @WithDefault("3")
    int nextSessions();

    /** How long partner sites and browsers may reuse the directory without asking again. */
    @WithDefault("5M")
    Duration maxAge();

    /**
     * Requests one client address may make per window to the public endpoints (directory and
     * calendar feeds together); they need no login, so they are limited.
     */
    @WithDefault("60")
    int requestsPerWindow();

    @WithDefault("1M")
    Duration window();
}
