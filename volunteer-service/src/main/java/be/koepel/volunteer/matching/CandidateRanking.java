package be.koepel.volunteer.matching;

import be.koepel.contracts.matching.PeerCandidate;
import be.koepel.volunteer.rota.OnCallOrder;
import be.koepel.volunteer.rota.OnCallShift;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns who is on call into the ordered candidates to page, each with reasons a coordinator can
 * read. This slice keeps the rota's order; fit (gender preference, lived experience, load,
 * distance) comes with full matching.
 */
public final class CandidateRanking {

    private CandidateRanking() {
    }

    /**
     * @param hospitalName as the referral names it; the reasons use it because people read them
     * @param language the person's ISO 639-1 language, or null when not known
     */
    public static List<PeerCandidate> rank(Collection<OnCallShift> onCall, String hospitalName, String language) {
        List<OnCallShift> ordered = OnCallOrder.order(onCall);
        List<PeerCandidate> candidates = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            OnCallShift shift = ordered.get(i);
            List<String> reasons = new ArrayList<>(2);
            reasons.add("on call for " + hospitalName + " as " + role(shift.rank()));
            if (language != null && shift.languages().contains(language)) {
                reasons.add("speaks " + language);
            }
            candidates.add(new PeerCandidate(shift.volunteerId(), i + 1, List.copyOf(reasons)));
        }
        return List.copyOf(candidates);
    }

    static String role(int rank) {
        return switch (rank) {
            case 1 -> "primary";
            case 2 -> "backup";
            default -> "backup " + (rank - 1);
        };
    }
}
