package be.koepel.volunteer.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import be.koepel.contracts.matching.MatchFactor;
import be.koepel.contracts.matching.ScoredPeerCandidate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    /** The weights of application.properties. */
    static final MatchWeights DEFAULTS = new MatchWeights(1.0, 2.0, 1.5, 0.5, 1.0, 1.0, 1.0);
    private static final Duration WINDOW = Duration.ofDays(30);
    private static final MatchScorer SCORER = new MatchScorer(DEFAULTS, WINDOW);

    private static final PersonNeeds PERSON = new PersonNeeds("nl", "FEMALE", "25-34", "Geel", List.of("ALCOHOL"));

    @Test
    void anUrgentReferralStillProposesAPeerWhoDoesNotSpeakThePersonsLanguageBelowOneWhoDoes() {
        PersonNeeds urgent = new PersonNeeds("nl", null, null, null, List.of(), true);
        PeerProfile dirk = peer("Dirk", "MALE", "25-34", List.of(), List.of(), 0, 0, "fr");
        PeerProfile an = peer("An", "FEMALE", "25-34", List.of(), List.of(), 0, 0, "nl");

        Ranking.Result result = Ranking.rank(SCORER, urgent, pool(dirk, an));

        assertThat(result.excluded()).isEmpty();
        assertThat(result.candidates()).extracting(ScoredPeerCandidate::volunteerId)
                .containsExactly(an.volunteerId(), dirk.volunteerId());
        MatchFactor language = byName(result.candidates().get(1).factors()).get("LANGUAGE");
        assertEquals(0.0, language.value());
        assertThat(language.explanation()).startsWith("does not speak nl");
    }

    @Test
    void aWorkedExampleRanksFourVolunteersByTheirExplainedFit() {
        PeerProfile an = peer("An", "FEMALE", "25-34", List.of("ALCOHOL"), List.of("Geel", "Mol"), 0, 0, "nl");
        PeerProfile bart = peer("Bart", "MALE", "25-34", List.of("ALCOHOL"), List.of("Geel"), 0, 0, "nl", "fr");
        PeerProfile chris = peer("Chris", "FEMALE", "55-64", List.of("CANNABIS"), List.of("Mol"), 1, 1, "nl");
        PeerProfile dirk = peer("Dirk", "FEMALE", "25-34", List.of("ALCOHOL"), List.of("Geel"), 0, 0, "fr");

        Ranking.Result result = Ranking.rank(SCORER, PERSON, pool(chris, dirk, bart, an));

        // An fits on every factor: 1 + 2 + 1.5 + 0.5 + 1 + 1 + 1.
        // Bart is a man where the person prefers a woman: 8 - 2.
        // Chris is a woman, but three age bands away, without lived experience of alcohol, not in Geel, guiding
        // one trajectory of three and assigned once lately: 1 + 2 + 0 + 0 + 0 + 0.667 + 0.5.
        assertThat(result.candidates()).extracting(ScoredPeerCandidate::volunteerId)
                .containsExactly(an.volunteerId(), bart.volunteerId(), chris.volunteerId());
        assertThat(result.candidates()).extracting(ScoredPeerCandidate::score).containsExactly(8.0, 6.0, 4.167);
        assertThat(result.candidates()).extracting(ScoredPeerCandidate::rank).containsExactly(1, 2, 3);
        // Dirk speaks only French: the person could not talk with him.
        assertThat(result.excluded()).singleElement()
                .satisfies(e -> assertEquals("does not speak nl, the person's language", e.reason()))
                .satisfies(e -> assertEquals(dirk.volunteerId(), e.volunteerId()));

        Map<String, MatchFactor> chrisFactors = byName(result.candidates().get(2).factors());
        assertEquals("is female, as the person prefers", chrisFactors.get("GENDER_PREFERENCE").explanation());
        assertEquals("no lived experience of alcohol", chrisFactors.get("LIVED_EXPERIENCE").explanation());
        assertEquals("age band 55-64, 3 bands from the person's 25-34", chrisFactors.get("AGE").explanation());
        assertEquals("does not cover Geel", chrisFactors.get("MUNICIPALITY").explanation());
        assertEquals("guides 1 of at most 3 trajectories", chrisFactors.get("LOAD").explanation());
        assertEquals(0.667, chrisFactors.get("LOAD").value());
        assertEquals("1 assignment in the last 30 days", chrisFactors.get("FAIR_SPREAD").explanation());
        assertEquals("is male; the person prefers a female peer",
                byName(result.candidates().get(1).factors()).get("GENDER_PREFERENCE").explanation());
    }

    @Test
    void everyFactorShowsItsWeightValueAndAContributionOfWeightTimesValue() {
        MatchScorer.Eligible an = eligible(SCORER.assess(PERSON,
                peer("An", "FEMALE", "35-44", List.of("ALCOHOL"), List.of("Geel"), 2, 3, "nl")));

        assertThat(an.factors()).extracting(MatchFactor::name).containsExactly("LANGUAGE", "GENDER_PREFERENCE",
                "LIVED_EXPERIENCE", "AGE", "MUNICIPALITY", "LOAD", "FAIR_SPREAD");
        for (MatchFactor factor : an.factors()) {
            assertThat(factor.value()).isBetween(0.0, 1.0);
            assertEquals(Math.round(factor.weight() * factor.value() * 1000) / 1000.0, factor.contribution(), 1e-9,
                    factor.name());
        }
        assertEquals(an.factors().stream().mapToDouble(MatchFactor::contribution).sum(), an.score(), 0.001);
        assertEquals(0.667, byName(an.factors()).get("AGE").value(), "one band apart");
        assertEquals(0.25, byName(an.factors()).get("FAIR_SPREAD").value(), "three recent assignments");
    }

    @Test
    void changingTheWeightsChangesTheOrder() {
        PeerProfile woman = peer("Woman", "FEMALE", "25-34", List.of(), List.of("Geel"), 0, 0, "nl");
        PeerProfile sharedExperience = peer("Man", "MALE", "25-34", List.of("ALCOHOL"), List.of("Geel"), 0, 0, "nl");

        Ranking.Result byDefault = Ranking.rank(SCORER, PERSON, pool(sharedExperience, woman));
        Ranking.Result experienceFirst = Ranking.rank(
                new MatchScorer(new MatchWeights(1.0, 2.0, 3.0, 0.5, 1.0, 1.0, 1.0), WINDOW), PERSON,
                pool(sharedExperience, woman));

        assertEquals(List.of(woman.volunteerId(), sharedExperience.volunteerId()), ids(byDefault));
        assertEquals(List.of(sharedExperience.volunteerId(), woman.volunteerId()), ids(experienceFirst));
    }

    @Test
    void aVolunteerAtTheirMaximumNumberOfTrajectoriesIsNotEligible() {
        MatchScorer.Assessment full = SCORER.assess(PERSON,
                peer("Full", "FEMALE", "25-34", List.of("ALCOHOL"), List.of("Geel"), 3, 0, "nl"));

        assertEquals(new MatchScorer.Excluded("already guides 3 of at most 3 trajectories"), full);
    }

    @Test
    void anUrgentReferralStillProposesAnOnCallPeerAtCapacityBelowOneWithRoomToSpare() {
        PersonNeeds urgent = new PersonNeeds("nl", null, null, null, List.of(), true);
        PeerProfile full = peer("Full", "FEMALE", "25-34", List.of(), List.of(), 3, 0, "nl");
        PeerProfile free = peer("Free", "FEMALE", "25-34", List.of(), List.of(), 1, 0, "nl");

        Ranking.Result result = Ranking.rank(SCORER, urgent, pool(full, free));

        assertThat(result.excluded()).isEmpty();
        assertThat(result.candidates()).extracting(ScoredPeerCandidate::volunteerId)
                .containsExactly(free.volunteerId(), full.volunteerId());
        MatchFactor load = byName(result.candidates().get(1).factors()).get("LOAD");
        assertEquals(0.0, load.value());
        assertThat(load.explanation()).isEqualTo(
                "guides 3 of at most 3 trajectories; proposed still, since an urgent referral cannot wait");
    }

    @Test
    void anUrgentReferralProposesAPeerWhoTakesNoTrajectoriesWithALoadOfZero() {
        PersonNeeds urgent = new PersonNeeds("nl", null, null, null, List.of(), true);
        PeerProfile bedsideOnly = new PeerProfile(UUID.nameUUIDFromBytes("Bedside".getBytes()), "Bedside", List.of("nl"),
                "MALE", "35-44", List.of(), List.of(), 0, 0, 0);

        MatchScorer.Eligible eligible = eligible(SCORER.assess(urgent, bedsideOnly));

        assertEquals(0.0, byName(eligible.factors()).get("LOAD").value());
        assertThat(eligible.score()).isFinite();
    }

    @Test
    void whenTheReferralNamesNoLanguageNobodyIsFilteredOnIt() {
        PersonNeeds unknown = new PersonNeeds(null, null, null, null, null);

        MatchScorer.Eligible french = eligible(SCORER.assess(unknown,
                peer("Fr", null, null, List.of(), List.of(), 0, 0, "fr")));

        MatchFactor language = byName(french.factors()).get("LANGUAGE");
        assertEquals(0.5, language.value());
        assertEquals("the referral names no language", language.explanation());
        assertEquals("the person has no preference for the peer's gender",
                byName(french.factors()).get("GENDER_PREFERENCE").explanation());
    }

    @Test
    void onCallVolunteersRankBeforeBackupsWhateverTheirScore() {
        PeerProfile weakPrimary = peer("Primary", "MALE", "65+", List.of(), List.of(), 2, 2, "nl");
        PeerProfile strongBackup = peer("Backup", "FEMALE", "25-34", List.of("ALCOHOL"), List.of("Geel"), 0, 0, "nl");

        Ranking.Result result = Ranking.rank(SCORER, PERSON, List.of(
                new Ranking.Contender(strongBackup, ScoredPeerCandidate.BACKUP, 1),
                new Ranking.Contender(weakPrimary, ScoredPeerCandidate.ON_CALL, 0)));

        assertEquals(List.of(weakPrimary.volunteerId(), strongBackup.volunteerId()), ids(result));
        assertThat(result.candidates()).extracting(ScoredPeerCandidate::tier).containsExactly("ON_CALL", "BACKUP");
    }

    @Test
    void partlySharedLivedExperienceCountsAsTheShareOfTheSubstancesNamed() {
        PersonNeeds two = new PersonNeeds("nl", null, null, null, List.of("ALCOHOL", "COCAINE"));

        MatchFactor lived = byName(eligible(SCORER.assess(two,
                peer("Half", null, null, List.of("COCAINE"), List.of(), 0, 0, "nl"))).factors()).get("LIVED_EXPERIENCE");

        assertEquals(0.5, lived.value());
        assertEquals("lived experience of cocaine (1 of 2 substances)", lived.explanation());
    }

    private static List<Ranking.Contender> pool(PeerProfile... peers) {
        return java.util.Arrays.stream(peers).map(p -> new Ranking.Contender(p, ScoredPeerCandidate.POOL, 0)).toList();
    }

    private static List<UUID> ids(Ranking.Result result) {
        return result.candidates().stream().map(ScoredPeerCandidate::volunteerId).toList();
    }

    private static MatchScorer.Eligible eligible(MatchScorer.Assessment assessment) {
        return assertInstanceOf(MatchScorer.Eligible.class, assessment);
    }

    private static Map<String, MatchFactor> byName(List<MatchFactor> factors) {
        return factors.stream().collect(Collectors.toMap(MatchFactor::name, Function.identity()));
    }

    /** Maximum three trajectories, as the pool's default. */
    private static PeerProfile peer(String name, String gender, String ageBand, List<String> lived,
            List<String> municipalities, int active, int recent, String... languages) {
        return new PeerProfile(UUID.nameUUIDFromBytes(name.getBytes()), name, List.of(languages), gender, ageBand,
                lived, municipalities, active, 3, recent);
    }
}
