package be.koepel.volunteer.matching;

import java.util.List;
import java.util.UUID;

/**
 * A volunteer as the scorer sees them.
 *
 * @param gender FEMALE, MALE, NON_BINARY, UNDISCLOSED or null
 * @param livedExperience substance categories
 * @param municipalities the municipalities the volunteer covers, their own first
 * @param activeTrajectories trajectories they guide now
 * @param recentAssignments assignments within the fair-spread window
 */
public record PeerProfile(UUID volunteerId, String displayName, List<String> languages, String gender,
        String ageBand, List<String> livedExperience, List<String> municipalities, int activeTrajectories,
        int maxTrajectories, int recentAssignments) {

    public PeerProfile {
        languages = languages == null ? List.of() : List.copyOf(languages);
        livedExperience = livedExperience == null ? List.of() : List.copyOf(livedExperience);
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }
}
