package be.koepel.volunteer.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.contracts.matching.PeerCandidate;
import be.koepel.volunteer.rota.OnCallShift;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    private static final Instant START = Instant.parse("2026-11-24T17:00:00Z");
    private static final Instant END = Instant.parse("2026-11-25T07:00:00Z");

    @Test
    void candidatesAreRankedOneToNInRotaOrder() {
        OnCallShift third = shift(3, "nl");
        OnCallShift primary = shift(1, "nl");
        OnCallShift backup = shift(2, "nl");

        List<PeerCandidate> candidates = CandidateRanking.rank(List.of(third, primary, backup), "AZ Turnhout", "nl");

        assertEquals(List.of(primary.volunteerId(), backup.volunteerId(), third.volunteerId()),
                candidates.stream().map(PeerCandidate::volunteerId).toList());
        assertEquals(List.of(1, 2, 3), candidates.stream().map(PeerCandidate::rank).toList());
    }

    @Test
    void theReasonsSayForWhichHospitalAndAsWhatTheVolunteerIsOnCall() {
        List<PeerCandidate> candidates = CandidateRanking.rank(List.of(shift(1, "fr"), shift(2, "fr"), shift(3, "fr")),
                "AZ Turnhout", "nl");

        assertEquals(List.of("on call for AZ Turnhout as primary"), candidates.get(0).reasons());
        assertEquals(List.of("on call for AZ Turnhout as backup"), candidates.get(1).reasons());
        assertEquals(List.of("on call for AZ Turnhout as backup 2"), candidates.get(2).reasons());
    }

    @Test
    void aVolunteerWhoSpeaksThePersonsLanguageIsToldSoButKeepsTheirRotaPlace() {
        OnCallShift primary = shift(1, "fr");
        OnCallShift backup = shift(2, "en", "nl");

        List<PeerCandidate> candidates = CandidateRanking.rank(List.of(primary, backup), "AZ Turnhout", "nl");

        assertEquals(primary.volunteerId(), candidates.get(0).volunteerId());
        assertEquals(List.of("on call for AZ Turnhout as backup", "speaks nl"), candidates.get(1).reasons());
    }

    @Test
    void withoutAKnownLanguageNoLanguageReasonIsGiven() {
        List<PeerCandidate> candidates = CandidateRanking.rank(List.of(shift(1, "nl")), "AZ Turnhout", null);

        assertEquals(List.of("on call for AZ Turnhout as primary"), candidates.get(0).reasons());
    }

    @Test
    void aVolunteerOnCallTwiceIsProposedOnce() {
        UUID twice = UUID.randomUUID();
        List<OnCallShift> shifts = List.of(
                new OnCallShift(twice, "Twice", List.of("nl"), 1, START, END),
                new OnCallShift(twice, "Twice", List.of("nl"), 2, START, END));

        List<PeerCandidate> candidates = CandidateRanking.rank(shifts, "AZ Turnhout", "nl");

        assertEquals(1, candidates.size());
        assertEquals(List.of("on call for AZ Turnhout as primary", "speaks nl"), candidates.get(0).reasons());
    }

    @Test
    void nobodyOnCallGivesNoCandidates() {
        assertEquals(List.of(), CandidateRanking.rank(List.of(), "AZ Turnhout", "nl"));
    }

    private static OnCallShift shift(int rank, String... languages) {
        return new OnCallShift(UUID.randomUUID(), "V" + rank, List.of(languages), rank, START, END);
    }
}
