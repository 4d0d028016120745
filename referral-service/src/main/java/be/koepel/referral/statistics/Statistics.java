package be.koepel.referral.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import be.koepel.referral.referral.ReferralConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anonymous figures over the referrals received in a period. Only what identifies no one is read
 * (channel, organisation, substance, times), so the figures survive erasure of personal data.
 */
@ApplicationScoped
public class Statistics {

    static final double SECONDS_PER_MINUTE = 60.0;

    private final EntityManager em;
    private final StatisticsConfig config;
    private final ReferralConfig referralConfig;

    public Statistics(EntityManager em, StatisticsConfig config, ReferralConfig referralConfig) {
        this.em = em;
        this.config = config;
        this.referralConfig = referralConfig;
    }

    @Schema(example = """
            {"from": "2026-10-01T00:00:00Z", "to": "2026-11-01T00:00:00Z", "minCellSize": 5,
             "bySource": [{"key": "ER", "count": 41, "suppressed": false}, {"key": "GP", "count": null, "suppressed": true},
                          {"key": "FAMILY", "count": null, "suppressed": true}],
             "medianMinutesErToPeerAssigned": 7.5, "medianMinutesErToBedsideVisit": 48.0, "contactGroupShare": 0.32}""")
    public record Figures(Instant from, Instant to, int minCellSize,
            List<SmallCells.Cell> bySource, List<SmallCells.Cell> byHospital, List<SmallCells.Cell> bySubstance,
            List<SmallCells.Cell> byWeekday, List<SmallCells.Cell> byHour,
            Double medianMinutesErToPeerAssigned, Double medianMinutesErToBedsideVisit, Double contactGroupShare) {
    }

    @Transactional
    public Figures between(Instant from, Instant to) {
        int min = config.minCellSize();
        String zone = referralConfig.zone().getId();
        return new Figures(from, to, min,
                SmallCells.suppress(counts("channel", from, to, ""), min),
                SmallCells.suppress(counts("organisation_id", from, to, "and channel in ('ER', 'WARD')"), min),
                SmallCells.suppress(counts("coalesce(main_substance, 'UNKNOWN')", from, to, ""), min),
                // ISO weekday 1 = Monday … 7 = Sunday, in the region's local time
                SmallCells.suppress(counts("cast(extract(isodow from received_at at time zone '" + zone + "') as int)",
                        from, to, ""), min),
                SmallCells.suppress(counts("cast(extract(hour from received_at at time zone '" + zone + "') as int)",
                        from, to, ""), min),
                median("""
                        select percentile_cont(0.5) within group (order by extract(epoch from assigned_at - received_at)),
                               count(*)
                        from referral where channel = 'ER' and assigned_at is not null
                          and received_at >= :from and received_at < :to""", from, to),
                median("""
                        select percentile_cont(0.5) within group (order by extract(epoch from v.visited - r.received_at)),
                               count(*)
                        from referral r
                        join (select trajectory_id, min(occurred_at) visited from trajectory_step
                              where type = 'BEDSIDE_VISIT' and outcome = 'DONE' group by trajectory_id) v
                          on v.trajectory_id = r.trajectory_id
                        where r.channel = 'ER' and v.visited >= r.received_at
                          and r.received_at >= :from and r.received_at < :to""", from, to),
                contactGroupShare(from, to));
    }

    private Map<String, Long> counts(String dimension, Instant from, Instant to, String filter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(" + dimension + " as varchar) k, count(*) from referral "
                + "where received_at >= :from and received_at < :to " + filter + " group by k order by k")
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    private Double median(String sql, Instant from, Instant to) {
        Object[] row = (Object[]) em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        Double seconds = row[0] == null ? null : ((Number) row[0]).doubleValue();
        return SmallCells.over(seconds == null ? null : seconds / SECONDS_PER_MINUTE, ((Number) row[1]).longValue(),
                config.minCellSize());
    }

    /** Of the trajectories opened in the period, the share referred on to a contact group or that came to one. */
    private Double contactGroupShare(Instant from, Instant to) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*) filter (where exists (
                           select 1 from trajectory_step s where s.trajectory_id = t.id
                           and (s.type = 'REFERRED_ON' and s.options like '%CONTACT_GROUP%'
                                or s.type = 'JOINED_CONTACT_GROUP'))),
                       count(*)
                from trajectory t where t.opened_at >= :from and t.opened_at < :to""")
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long reached = ((Number) row[0]).longValue();
        long all = ((Number) row[1]).longValue();
        return SmallCells.over(all == 0 ? null : (double) reached / all, all, config.minCellSize());
    }
}
