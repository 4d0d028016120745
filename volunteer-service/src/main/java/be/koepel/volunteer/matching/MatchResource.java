package be.koepel.volunteer.matching;

import be.koepel.contracts.matching.MatchFactor;
import be.koepel.contracts.matching.PeerAssigned;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import be.koepel.volunteer.load.Loads;
import be.koepel.volunteer.volunteer.Volunteer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Coordinators see a routine referral's ranked, explained matches and assign one of them. */
@Path("/api/referrals/{id}")
@RolesAllowed(Roles.COORDINATOR)
public class MatchResource {

    private final Matching matching;
    private final Caller caller;

    public MatchResource(Matching matching, Caller caller) {
        this.matching = matching;
        this.caller = caller;
    }

    @GET
    @Path("/matches")
    public MatchesView matches(@PathParam("id") UUID id) {
        return MatchesView.of(matching.matches(id));
    }

    @POST
    @Path("/assign")
    public PeerAssigned assign(@PathParam("id") UUID id, @Valid @NotNull AssignRequest request) {
        return matching.assign(id, request.volunteerId(), caller.name());
    }

    public record AssignRequest(@NotNull UUID volunteerId) {
    }

    /** @param assignment null while nobody is assigned */
    public record MatchesView(UUID referralId, String channel, String urgency, Instant receivedAt,
            Loads.Assignment assignment, List<Candidate> candidates, List<Ranking.Excluded> excluded) {

        static MatchesView of(Matching.Matches matches) {
            Map<UUID, String> names = names(matches.ranked());
            MatchingReferral referral = matches.referral();
            return new MatchesView(referral.referralId, referral.channel, referral.urgency, referral.receivedAt,
                    matches.assignment(), matches.ranked().candidates().stream()
                            .map(c -> new Candidate(c.volunteerId(), names.get(c.volunteerId()), c.rank(), c.tier(),
                                    c.score(), c.factors()))
                            .toList(), matches.ranked().excluded());
        }

        private static Map<UUID, String> names(Ranking.Result ranked) {
            List<UUID> ids = ranked.candidates().stream().map(c -> c.volunteerId()).toList();
            return ids.isEmpty() ? Map.of() : Volunteer.<Volunteer>list("id in ?1", ids).stream()
                    .collect(Collectors.toMap(v -> v.id, v -> v.displayName, (a, b) -> a));
        }
    }

    public record Candidate(UUID volunteerId, String displayName, int rank, String tier, double score,
            List<MatchFactor> factors) {
    }
}
