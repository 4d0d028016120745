package be.koepel.referral.statistics;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Anonymous statistics for coordinators and the network's funders; every cell under the threshold is suppressed. */
@Path("/api/statistics")
@RolesAllowed(Roles.COORDINATOR)
public class StatisticsResource {

    /** Without a period: the last year. */
    static final Duration DEFAULT_PERIOD = Duration.ofDays(365);
    static final String CSV = "text/csv";
    /** A figure over too few cases. */
    static final String SUPPRESSED = "<5";
    /** A withheld cell: under five, or withheld so that one under five cannot be worked out; not told apart. */
    static final String WITHHELD = "suppressed";

    private final Statistics statistics;
    private final Clock clock;

    public StatisticsResource(Statistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Anonymous figures as JSON",
            description = "?from=2026-01-01T00:00:00%2B01:00&to=… (default: the last 365 days). Cells under 5 are null "
                    + "with suppressed=true, and so is a second cell of a dimension with only one such, so that it cannot "
                    + "be worked out from the total; medians and shares over fewer than 5 cases are null.")
    public Statistics.Figures json(
            @Parameter(description = "Start of the period, ISO-8601 with offset", example = "2026-01-01T00:00:00+01:00")
            @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "End of the period (exclusive); now when left out", example = "2026-07-01T00:00:00+02:00")
            @QueryParam("to") OffsetDateTime to) {
        Instant end = to == null ? clock.instant() : to.toInstant();
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : from.toInstant();
        if (!start.isBefore(end)) {
            throw ProblemException.badField("from", "must be before to");
        }
        return statistics.between(start, end);
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "The same figures as CSV: dimension,key,value; a suppressed cell reads 'suppressed', "
            + "a figure over fewer than 5 cases <5")
    public String csv(
            @Parameter(description = "Start of the period, ISO-8601 with offset", example = "2026-01-01T00:00:00+01:00")
            @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "End of the period (exclusive); now when left out", example = "2026-07-01T00:00:00+02:00")
            @QueryParam("to") OffsetDateTime to) {
        Statistics.Figures f = json(from, to);
        StringBuilder csv = new StringBuilder("dimension,key,value\n");
        cells(csv, "source", f.bySource());
        cells(csv, "hospital", f.byHospital());
        cells(csv, "substance", f.bySubstance());
        cells(csv, "weekday", f.byWeekday());
        cells(csv, "hour", f.byHour());
        figure(csv, "median_minutes_er_to_peer_assigned", f.medianMinutesErToPeerAssigned());
        figure(csv, "median_minutes_er_to_bedside_visit", f.medianMinutesErToBedsideVisit());
        figure(csv, "contact_group_share", f.contactGroupShare());
        return csv.toString();
    }

    private static void cells(StringBuilder csv, String dimension, List<SmallCells.Cell> cells) {
        cells.forEach(c -> csv.append(dimension).append(',').append(c.key()).append(',')
                .append(c.suppressed() ? WITHHELD : c.count()).append('\n'));
    }

    private static void figure(StringBuilder csv, String name, Double value) {
        csv.append("figure,").append(name).append(',')
                .append(value == null ? SUPPRESSED : String.format(Locale.ROOT, "%.2f", value)).append('\n');
    }
}
