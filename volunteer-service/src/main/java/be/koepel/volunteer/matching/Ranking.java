package be.koepel.volunteer.matching;

import be.koepel.contracts.matching.ScoredPeerCandidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Orders the contenders for a referral: tier first (ON_CALL, then BACKUP, then POOL: the rota decides who is
 * paged first, fit only within it), then the higher score, then the rota's own order, then the id, so two
 * runs never disagree.
 */
public final class Ranking {

    private static final List<String> TIERS = List.of(ScoredPeerCandidate.ON_CALL, ScoredPeerCandidate.BACKUP,
            ScoredPeerCandidate.POOL);

    /**
     * A volunteer in the running: where the rota puts them ({@code rotaOrder}, 0 for the pool) and who they are.
     *
     * @param obstacle why they cannot take the referral whatever their fit (e.g. a blackout), or null
     */
    public record Contender(PeerProfile peer, String tier, int rotaOrder, String obstacle) {

        public Contender(PeerProfile peer, String tier, int rotaOrder) {
            this(peer, tier, rotaOrder, null);
        }
    }

    /** Someone who could not be proposed, and why, for the coordinator's view. */
    public record Excluded(UUID volunteerId, String displayName, String tier, String reason) {
    }

    public record Result(List<ScoredPeerCandidate> candidates, List<Excluded> excluded) {
    }

    private record Scored(Contender contender, MatchScorer.Eligible assessment) {
    }

    private static final Comparator<Scored> ORDER = Comparator
            .comparingInt((Scored s) -> TIERS.indexOf(s.contender().tier()))
            .thenComparing(s -> -s.assessment().score())
            .thenComparingInt(s -> s.contender().rotaOrder())
            .thenComparing(s -> s.contender().peer().volunteerId().toString());

    private Ranking() {
    }

    /** Each volunteer once, at their best tier: someone both on call and backup is paged as on call. */
    public static Result rank(MatchScorer scorer, PersonNeeds person, List<Contender> contenders) {
        List<Scored> eligible = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        List<UUID> seen = new ArrayList<>();
        contenders.stream()
                .sorted(Comparator.comparingInt((Contender c) -> TIERS.indexOf(c.tier())).thenComparingInt(Contender::rotaOrder))
                .filter(c -> !seen.contains(c.peer().volunteerId()) && seen.add(c.peer().volunteerId()))
                .forEach(c -> {
                    MatchScorer.Assessment assessment = c.obstacle() != null ? new MatchScorer.Excluded(c.obstacle())
                            : scorer.assess(person, c.peer());
                    if (assessment instanceof MatchScorer.Eligible ok) {
                        eligible.add(new Scored(c, ok));
                    } else if (assessment instanceof MatchScorer.Excluded no) {
                        excluded.add(new Excluded(c.peer().volunteerId(), c.peer().displayName(), c.tier(), no.reason()));
                    }
                });
        eligible.sort(ORDER);
        List<ScoredPeerCandidate> candidates = new ArrayList<>(eligible.size());
        for (int i = 0; i < eligible.size(); i++) {
            Scored s = eligible.get(i);
            candidates.add(new ScoredPeerCandidate(s.contender().peer().volunteerId(), i + 1, s.contender().tier(),
                    s.assessment().score(), s.assessment().factors()));
        }
        return new Result(List.copyOf(candidates), List.copyOf(excluded));
    }
}
