package be.koepel.volunteer.volunteer;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pool's rules that coordinators tune; the values live in application.properties. */
@ConfigMapping(prefix = "koepel.volunteer")
public interface VolunteerConfig {

    /** How many trajectories a volunteer guides at once when their profile does not say. */
    int defaultMaxTrajectories();

    /** The trainings that must be valid before a volunteer can be paged. */
    Pageable pageable();

    interface Pageable {

        /** Required whichever hospital pages. */
        Optional<List<TrainingType>> requiredTrainings();

        /** Required in addition, per hospital organisation id; HOSPITAL_INDUCTION means that hospital's induction. */
        Map<String, List<TrainingType>> hospitalTrainings();
    }
}
