package be.koepel.group.report;

import be.koepel.group.config.GroupsConfig;
import be.koepel.group.contactgroup.ContactGroup;
import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reports for coordinators: counts only, per group and per month in the region's zone. */
@Path("/api/reports/groups")
@RolesAllowed(Roles.COORDINATOR)
public class ReportResource {

    private static final String MONTH = "YYYY-MM";

    private final EntityManager em;
    private final ReportsConfig config;
    private final GroupsConfig groups;
    private final Clock clock;

    public ReportResource(EntityManager em, ReportsConfig config, GroupsConfig groups, Clock clock) {
        this.em = em;
        this.config = config;
        this.groups = groups;
        this.clock = clock;
    }

    /** {@code ?from=2026-01&to=2026-06}, both months included. */
    @GET
    public GroupMonthReport monthly(@QueryParam("from") String fromParam, @QueryParam("to") String toParam) {
        List<Problem.Violation> violations = new ArrayList<>();
        YearMonth from = month("from", fromParam, violations);
        YearMonth to = month("to", toParam, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
        if (to.isBefore(from)) {
            throw ProblemException.badField("to", "must not be before from");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= config.maxMonths()) {
            throw ProblemException.badField("to", "a report covers at most " + config.maxMonths() + " months");
        }
        Instant start = from.atDay(1).atStartOfDay(groups.zone()).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(groups.zone()).toInstant();
        Map<String, long[]> sessions = counts("""
                select cast(group_id as varchar), to_char(starts_at at time zone :zone, '%s'),
                       count(*) filter (where status = 'SCHEDULED' and starts_at <= :now),
                       count(*) filter (where status = 'CANCELLED')
                from group_session where starts_at >= :start and starts_at < :end
                group by 1, 2""".formatted(MONTH), start, end, true);
        Map<String, long[]> attendance = counts("""
                select cast(s.group_id as varchar), to_char(s.starts_at at time zone :zone, '%s'),
                       sum(a.other_persons + a.family_count + a.professional_count
                           + (select count(*) from session_attendee e where e.session_id = a.session_id))
                from session_attendance a join group_session s on s.id = a.session_id
                where s.starts_at >= :start and s.starts_at < :end
                group by 1, 2""".formatted(MONTH), start, end, false);
        Map<String, long[]> newcomers = counts("""
                select cast(group_id as varchar), to_char(joined_at at time zone :zone, '%s'), count(*)
                from group_member where joined_at >= :start and joined_at < :end
                group by 1, 2""".formatted(MONTH), start, end, false);
        SmallCells cells = new SmallCells(config.smallCellThreshold());
        List<GroupMonthReport.Row> rows = new ArrayList<>();
        for (ContactGroup group : ContactGroup.<ContactGroup>listAll(Sort.by("municipality").and("name"))) {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                String key = key(group.id, month.toString());
                long[] held = sessions.getOrDefault(key, new long[2]);
                rows.add(new GroupMonthReport.Row(group.id, group.name, month.toString(), held[0], held[1],
                        cells.of(attendance.getOrDefault(key, new long[1])[0]),
                        cells.of(newcomers.getOrDefault(key, new long[1])[0])));
            }
        }
        return new GroupMonthReport(from.toString(), to.toString(), config.smallCellThreshold(), rows);
    }

    /** Runs a grouped count; each row is group id, month, then the counts. */
    private Map<String, long[]> counts(String sql, Instant start, Instant end, boolean withNow) {
        var query = em.createNativeQuery(sql)
                .setParameter("zone", groups.zone().getId())
                .setParameter("start", start)
                .setParameter("end", end);
        if (withNow) {
            query.setParameter("now", clock.instant());
        }
        Map<String, long[]> result = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long[] values = new long[columns.length - 2];
            for (int i = 2; i < columns.length; i++) {
                values[i - 2] = columns[i] == null ? 0 : ((Number) columns[i]).longValue();
            }
            result.put(key(UUID.fromString((String) columns[0]), (String) columns[1]), values);
        }
        return result;
    }

    private static String key(UUID groupId, String month) {
        return groupId + "/" + month;
    }

    private static YearMonth month(String field, String value, List<Problem.Violation> violations) {
        try {
            return YearMonth.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(field, "is required, as a month like 2026-03"));
            return null;
        }
    }
}
