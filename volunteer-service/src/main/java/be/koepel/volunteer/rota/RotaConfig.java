package be.koepel.volunteer.rota;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "koepel.rota")
public interface RotaConfig {

    /** How many local days ahead shifts are announced and gaps looked for. */
    int horizonDays();

    /** How often the rota is scanned for gaps; a change of the rota is seen by the next scan. */
    Duration gapScanInterval();

    /** How many days of a new rotation's turns are checked against its participants' blackouts. */
    int blackoutWarningDays();

    /** How many days of a new rotation's turns are checked against its participants' weekly availability. */
    int weeklyPatternWarningDays();
}
