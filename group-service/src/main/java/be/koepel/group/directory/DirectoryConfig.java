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

    /** Requests one client address may make per window; the directory is public, so it is limited. */
    @WithDefault("60")
    int requestsPerWindow();

    @WithDefault("1M")
    Duration window();
}
