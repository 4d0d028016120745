package be.koepel.volunteer.matching;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How matching ranks and proposes; coordinators tune the weights in application.properties. */
@ConfigMapping(prefix = "koepel.matching")
public interface MatchingConfig {

    Weights weights();

    /** Assignments within this window count against FAIR_SPREAD. */
    Duration fairSpreadWindow();

    /** How many pool candidates a routine proposal names; the matches endpoint shows everyone eligible. */
    int poolProposalSize();

    /** Assign a routine referral to its top match at once (assignedBy {@code auto}) instead of waiting for a coordinator. */
    boolean autoAssign();

    interface Weights {
        double language();

        double genderPreference();

        double livedExperience();

        double age();

        double municipality();

        double load();

        double fairSpread();
    }
}
