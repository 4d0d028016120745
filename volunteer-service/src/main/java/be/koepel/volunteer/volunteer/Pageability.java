package be.koepel.volunteer.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a volunteer can be paged for a hospital on a day, and if not, why: a coordinator reads the
 * reasons when someone on the rota is skipped.
 */
public final class Pageability {

    private Pageability() {
    }

    /** A pause ends by itself after its last day, so nobody has to remember to lift it. */
    public static Status effectiveStatus(Status status, LocalDate pausedUntil, LocalDate day) {
        if (status == Status.PAUSED && pausedUntil != null && day.isAfter(pausedUntil)) {
            return Status.ACTIVE;
        }
        return status;
    }

    /** The trainings a hospital requires: the network-wide ones, then the hospital's own. */
    public static Set<TrainingType> required(VolunteerConfig.Pageable config, String hospital) {
        Set<TrainingType> required = new LinkedHashSet<>(config.requiredTrainings().orElse(List.of()));
        required.addAll(config.hospitalTrainings().getOrDefault(hospital, List.of()));
        return required;
    }

    /** Every reason the volunteer cannot be paged; empty when they can. */
    public static List<String> obstacles(Status status, LocalDate pausedUntil, Collection<TrainingRecord> trainings,
            Set<TrainingType> required, String hospital, LocalDate day) {
        List<String> obstacles = new ArrayList<>();
        Status effective = effectiveStatus(status, pausedUntil, day);
        if (effective == Status.PAUSED) {
            obstacles.add("paused until " + pausedUntil);
        } else if (effective != Status.ACTIVE) {
            obstacles.add("status is " + effective);
        }
        for (TrainingType type : required) {
            boolean valid = trainings.stream()
                    .anyMatch(t -> t.type() == type && t.coversHospital(hospital) && t.validOn(day));
            if (!valid) {
                obstacles.add(type.perHospital()
                        ? "no valid " + type + " for " + hospital
                        : "no valid " + type);
            }
        }
        return List.copyOf(obstacles);
    }
}
