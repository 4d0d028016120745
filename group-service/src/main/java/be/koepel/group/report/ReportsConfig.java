package be.koepel.group.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "koepel.reports")
public interface ReportsConfig {

    /** Counts of newcomers under this are suppressed. */
    @WithDefault("5")
    int smallCellThreshold();

    /** The longest period one report covers, to keep the query bounded. */
    @WithDefault("24")
    int maxMonths();
}
