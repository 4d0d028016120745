package be.koepel.group.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

@ConfigMapping(prefix = "koepel.groups")
public interface GroupsConfig {

    /** The region's zone: meeting patterns are wall-clock times here. */
    @WithDefault("Europe/Brussels")
    ZoneId zone();

    /** How far ahead sessions are generated from each group's pattern. */
    @WithDefault("3")
    int sessionsAheadMonths();

    /** How often the horizon of generated sessions is rolled forward. */
    @WithDefault("6H")
    Duration sessionRefreshInterval();

    /** Wait after a failed refresh round before the next. */
    @WithDefault("1M")
    Duration sessionRefreshBackoff();
}
