package be.koepel.volunteer.matching;

import be.koepel.contracts.matching.MatchFactor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores how well a volunteer fits a person: {@code score = Σ weight × value}, each value in [0, 1],
 * each factor explained in plain words so a coordinator sees why someone ranks where they do.
 *
 * <p>Two factors are also hard filters:
 * <ul>
 *   <li>LANGUAGE: a referral names one language, the person's own. We take it as the only language the
 *       person speaks (someone intoxicated in crisis falls back on their mother tongue), so a volunteer who
 *       does not speak it is not eligible. When the referral names no language, nobody is filtered. An
 *       urgent referral is the exception: an on-call peer at the bedside who speaks another language is
 *       better than nobody until the coordinator is reached, so there the language only ranks.</li>
 *   <li>LOAD: a volunteer already guiding their maximum number of trajectories is not eligible. An urgent
 *       referral is the exception again: the on-call peer signed up to go to the bedside tonight, and a
 *       page to them beats a page straight to the coordinator; at capacity they rank with a load of 0, and
 *       a coordinator can hand the follow-up on afterwards.</li>
 * </ul>
 * When the person's side of a factor is unknown every volunteer gets the same neutral value, so the
 * factor does not change the order; when the volunteer's side is unknown they get 0, since no fit is shown.
 */
public final class MatchScorer {

    public static final String LANGUAGE = "LANGUAGE";
    public static final String GENDER_PREFERENCE = "GENDER_PREFERENCE";
    public static final String LIVED_EXPERIENCE = "LIVED_EXPERIENCE";
    public static final String AGE = "AGE";
    public static final String MUNICIPALITY = "MUNICIPALITY";
    public static final String LOAD = "LOAD";
    public static final String FAIR_SPREAD = "FAIR_SPREAD";

    /** The person's bands, youngest first; referral-service also knows minors, whom no volunteer's band covers. */
    static final List<String> AGE_BANDS = List.of("0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+");
    /** Peers of about the same generation talk most easily; three bands apart (30 years) no longer counts as close. */
    static final int AGE_BANDS_APART_FOR_NO_FIT = 3;
    /** The value of a factor whose person's side is unknown: the same for everyone, so it does not reorder. */
    static final double UNKNOWN = 0.5;
    private static final String NO_PREFERENCE = "NO_PREFERENCE";
    private static final double PRECISION = 1000.0;

    /** The outcome for one volunteer: eligible with a score and its factors, or excluded with why. */
    public sealed interface Assessment permits Eligible, Excluded {
    }

    public record Eligible(double score, List<MatchFactor> factors) implements Assessment {
    }

    public record Excluded(String reason) implements Assessment {
    }

    private final MatchWeights weights;
    private final Duration fairSpreadWindow;

    public MatchScorer(MatchWeights weights, Duration fairSpreadWindow) {
        this.weights = weights;
        this.fairSpreadWindow = fairSpreadWindow;
    }

    public Assessment assess(PersonNeeds person, PeerProfile peer) {
        Optional<String> exclusion = exclusion(person, peer);
        if (exclusion.isPresent()) {
            return new Excluded(exclusion.get());
        }
        List<MatchFactor> factors = new ArrayList<>(7);
        factors.add(language(person, peer));
        factors.add(genderPreference(person, peer));
        factors.add(livedExperience(person, peer));
        factors.add(age(person, peer));
        factors.add(municipality(person, peer));
        factors.add(load(peer));
        factors.add(fairSpread(peer));
        double score = round(factors.stream().mapToDouble(MatchFactor::contribution).sum());
        return new Eligible(score, List.copyOf(factors));
    }

    private static Optional<String> exclusion(PersonNeeds person, PeerProfile peer) {
        if (person.language() != null && !person.urgent() && !peer.languages().contains(person.language())) {
            return Optional.of("does not speak " + person.language() + ", the person's language");
        }
        if (!person.urgent() && atCapacity(peer)) {
            return Optional.of("already guides " + peer.activeTrajectories() + " of at most "
                    + peer.maxTrajectories() + " trajectories");
        }
        return Optional.empty();
    }

    private MatchFactor language(PersonNeeds person, PeerProfile peer) {
        if (person.language() == null) {
            return factor(LANGUAGE, weights.language(), UNKNOWN, "the referral names no language");
        }
        if (!peer.languages().contains(person.language())) {
            return factor(LANGUAGE, weights.language(), 0, "does not speak " + person.language()
                    + ", the person's language; proposed still, since an urgent referral cannot wait for one who does");
        }
        return factor(LANGUAGE, weights.language(), 1, "speaks " + person.language() + ", as the person does");
    }

    private MatchFactor genderPreference(PersonNeeds person, PeerProfile peer) {
        String preferred = person.preferredPeerGender();
        double weight = weights.genderPreference();
        if (preferred == null || NO_PREFERENCE.equals(preferred)) {
            return factor(GENDER_PREFERENCE, weight, 1, "the person has no preference for the peer's gender");
        }
        String wanted = preferred.toLowerCase(Locale.ROOT);
        if (preferred.equals(peer.gender())) {
            return factor(GENDER_PREFERENCE, weight, 1, "is " + wanted + ", as the person prefers");
        }
        if (peer.gender() == null || "UNDISCLOSED".equals(peer.gender())) {
            return factor(GENDER_PREFERENCE, weight, 0, "gender not recorded; the person prefers a " + wanted + " peer");
        }
        return factor(GENDER_PREFERENCE, weight, 0,
                "is " + peer.gender().toLowerCase(Locale.ROOT).replace('_', '-') + "; the person prefers a " + wanted
                        + " peer");
    }

    private MatchFactor livedExperience(PersonNeeds person, PeerProfile peer) {
        double weight = weights.livedExperience();
        if (person.substances().isEmpty()) {
            return factor(LIVED_EXPERIENCE, weight, UNKNOWN, "the referral names no substance");
        }
        List<String> shared = person.substances().stream().filter(peer.livedExperience()::contains).toList();
        double value = (double) shared.size() / person.substances().size();
        if (shared.isEmpty()) {
            return factor(LIVED_EXPERIENCE, weight, 0, "no lived experience of " + words(person.substances()));
        }
        return factor(LIVED_EXPERIENCE, weight, value, "lived experience of " + words(shared)
                + (shared.size() < person.substances().size()
                        ? " (" + shared.size() + " of " + person.substances().size() + " substances)" : ""));
    }

    private MatchFactor age(PersonNeeds person, PeerProfile peer) {
        int personBand = band(person.ageBand());
        int peerBand = band(peer.ageBand());
        if (personBand < 0) {
            return factor(AGE, weights.age(), UNKNOWN, "the person's age band is not known");
        }
        if (peerBand < 0) {
            return factor(AGE, weights.age(), 0, "age band not recorded");
        }
        int apart = Math.abs(personBand - peerBand);
        double value = Math.max(0, 1 - (double) apart / AGE_BANDS_APART_FOR_NO_FIT);
        String explanation = apart == 0 ? "same age band " + peer.ageBand()
                : "age band " + peer.ageBand() + ", " + apart + (apart == 1 ? " band" : " bands") + " from the person's "
                        + person.ageBand();
        return factor(AGE, weights.age(), value, explanation);
    }

    private MatchFactor municipality(PersonNeeds person, PeerProfile peer) {
        String where = person.municipality();
        if (where == null || where.isBlank()) {
            return factor(MUNICIPALITY, weights.municipality(), UNKNOWN, "the person's municipality is not known");
        }
        boolean covers = peer.municipalities().stream().anyMatch(m -> m.equalsIgnoreCase(where.trim()));
        return covers ? factor(MUNICIPALITY, weights.municipality(), 1, "covers " + where)
                : factor(MUNICIPALITY, weights.municipality(), 0, "does not cover " + where);
    }

    private MatchFactor load(PeerProfile peer) {
        String guides = "guides " + peer.activeTrajectories() + " of at most " + peer.maxTrajectories() + " trajectories";
        if (atCapacity(peer)) {
            // only an urgent referral gets here (see exclusion)
            return factor(LOAD, weights.load(), 0, guides + "; proposed still, since an urgent referral cannot wait");
        }
        double value = 1 - (double) peer.activeTrajectories() / peer.maxTrajectories();
        return factor(LOAD, weights.load(), value, guides);
    }

    private static boolean atCapacity(PeerProfile peer) {
        return peer.activeTrajectories() >= peer.maxTrajectories();
    }

    private MatchFactor fairSpread(PeerProfile peer) {
        // 1, 1/2, 1/3…: each recent assignment makes the next one less likely, without ever excluding.
        double value = 1.0 / (1 + peer.recentAssignments());
        int n = peer.recentAssignments();
        return factor(FAIR_SPREAD, weights.fairSpread(), value,
                (n == 0 ? "no" : String.valueOf(n)) + (n == 1 ? " assignment" : " assignments") + " in the last "
                        + fairSpreadWindow.toDays() + " days");
    }

    private static MatchFactor factor(String name, double weight, double value, String explanation) {
        double v = round(value);
        return new MatchFactor(name, weight, v, round(weight * v), explanation);
    }

    /** -1 when unknown; List.of refuses to look up null. */
    private static int band(String ageBand) {
        return ageBand == null ? -1 : AGE_BANDS.indexOf(ageBand);
    }

    private static String words(List<String> substances) {
        return String.join(", ", substances.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    private static double round(double value) {
        return Math.round(value * PRECISION) / PRECISION;
    }
}
