package be.koepel.volunteer.matching;

import be.koepel.contracts.matching.ScoredPeerCandidate;
import be.koepel.volunteer.availability.Availabilities;
import be.koepel.volunteer.availability.Availability;
import be.koepel.volunteer.load.Loads;
import be.koepel.volunteer.rota.Rota;
import be.koepel.volunteer.volunteer.Pageability;
import be.koepel.volunteer.volunteer.Status;
import be.koepel.volunteer.volunteer.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Volunteers as the scorer sees them: profile plus current load, read in a few queries for the whole lot. */
@ApplicationScoped
public class PeerProfiles {

    private final Loads loads;
    private final MatchingConfig config;
    private final Clock clock;

    public PeerProfiles(Loads loads, MatchingConfig config, Clock clock) {
        this.loads = loads;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Map<UUID, PeerProfile> of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return profiles(Volunteer.<Volunteer>list("id in ?1", ids));
    }

    /**
     * The pool for a routine referral: everyone active today (a pause that has run out counts as over), each
     * with the reason they cannot take it when a blackout covers today.
     */
    @Transactional
    public List<Ranking.Contender> pool() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Rota.REGION);
        List<Volunteer> active = Volunteer.<Volunteer>list("status in ?1", List.of(Status.ACTIVE, Status.PAUSED))
                .stream()
                .filter(v -> Pageability.effectiveStatus(v.status, v.pausedUntil, today) == Status.ACTIVE)
                .toList();
        Map<UUID, PeerProfile> profiles = profiles(active);
        Map<UUID, List<Availability.Period>> blackouts = Availabilities.blackouts(profiles.keySet());
        return active.stream()
                .map(v -> new Ranking.Contender(profiles.get(v.id), ScoredPeerCandidate.POOL,
                        0, Availability.blackoutOn(blackouts.getOrDefault(v.id, List.of()), today)
                                .map(b -> "unavailable from " + b.startsOn() + " to " + b.endsOn()).orElse(null)))
                .toList();
    }

    private Map<UUID, PeerProfile> profiles(List<Volunteer> volunteers) {
        Instant since = clock.instant().minus(config.fairSpreadWindow());
        Map<UUID, Loads.Figures> figures = loads.figures(volunteers.stream().map(v -> v.id).toList(), since);
        return volunteers.stream().collect(Collectors.toMap(v -> v.id, v -> {
            Loads.Figures load = figures.getOrDefault(v.id, Loads.Figures.NONE);
            return new PeerProfile(v.id, v.displayName, v.languages, v.gender == null ? null : v.gender.name(),
                    v.ageBand, v.livedExperience, v.municipalities, load.active(), v.maxTrajectories, load.recent());
        }));
    }
}
