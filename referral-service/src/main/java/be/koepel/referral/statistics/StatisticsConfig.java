package be.koepel.referral.statistics;

import io.smallrye.config.ConfigMapping;

/** The defaults are in application.properties. */
@ConfigMapping(prefix = "koepel.statistics")
public interface StatisticsConfig {

    /** Cells, medians and shares over fewer cases than this are suppressed. */
    int minCellSize();
}
