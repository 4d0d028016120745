package be.koepel.contracts.matching;

import java.util.List;
import java.util.UUID;

/** One proposed peer supporter; rank 1 is paged first. The reasons say why, in plain words. */
public record PeerCandidate(UUID volunteerId, int rank, List<String> reasons) {
}
