package be.koepel.volunteer.rota;

import be.koepel.platform.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What bean validation on single fields cannot say about shared schedules and about which schedule a rota entry
 * goes on.
 */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    /**
     * @param knownHospital whether a hospital id names a hospital the network knows (a volunteer serves it or it
     *        has a rota of its own), so that a typo does not become a schedule nobody is paged for
     */
    public static List<Problem.Violation> newScheduleViolations(NewSchedule schedule, Predicate<String> knownHospital) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<String> hospitals = schedule.hospitals() == null ? List.of() : schedule.hospitals();
        if (hospitals.isEmpty()) {
            violations.add(new Problem.Violation("hospitals", "must list at least one hospital"));
            return violations;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String hospital : hospitals) {
            if (!seen.add(hospital)) {
                violations.add(new Problem.Violation("hospitals", "names " + hospital + " more than once"));
            } else if (!knownHospital.test(hospital)) {
                violations.add(new Problem.Violation("hospitals", unknown(hospital)));
            }
        }
        return violations;
    }

    public static List<Problem.Violation> attachmentViolations(HospitalAttachment attachment,
            Predicate<String> knownHospital) {
        return knownHospital.test(attachment.hospitalId()) ? List.of()
                : List.of(new Problem.Violation("hospitalId", unknown(attachment.hospitalId())));
    }

    /**
     * Why attaching these hospitals to {@code target} would conflict: a hospital already in another shared
     * schedule. A hospital gets at most one, so its on-call answer is always its own rota, then its shared one.
     *
     * @param current each hospital's shared schedule now, by hospital
     * @return a message for a 409, or empty
     */
    public static Optional<String> attachmentConflict(List<String> hospitals, UUID target,
            Map<String, Schedule> current) {
        List<String> conflicts = hospitals.stream()
                .filter(h -> current.containsKey(h) && !current.get(h).id().equals(target))
                .map(h -> h + " is already in the shared schedule '" + current.get(h).name() + "'")
                .toList();
        return conflicts.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", conflicts) + ": detach it there first");
    }

    /**
     * A rota entry goes on exactly one schedule: a hospital's own ({@code hospitalId}) or a shared one
     * ({@code scheduleId}).
     */
    public static List<Problem.Violation> targetViolations(String hospitalId, UUID scheduleId,
            Predicate<UUID> sharedScheduleExists) {
        boolean hasHospital = hospitalId != null && !hospitalId.isBlank();
        if (hasHospital && scheduleId != null) {
            return List.of(new Problem.Violation("scheduleId",
                    "must not be given with hospitalId: an entry is on a hospital's own schedule or on a shared one"));
        }
        if (!hasHospital && scheduleId == null) {
            return List.of(new Problem.Violation("hospitalId",
                    "must be given, or scheduleId for a shared schedule"));
        }
        if (scheduleId != null && !sharedScheduleExists.test(scheduleId)) {
            return List.of(new Problem.Violation("scheduleId", "is not a shared schedule"));
        }
        return List.of();
    }

    private static String unknown(String hospital) {
        return hospital + " is not a hospital that a volunteer serves or that has a rota of its own";
    }
}
