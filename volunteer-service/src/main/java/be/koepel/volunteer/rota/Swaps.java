package be.koepel.volunteer.rota;

import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import be.koepel.volunteer.volunteer.VolunteerPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Swap requests between volunteers; a coordinator's approval turns one into an override. */
@ApplicationScoped
public class Swaps {

    private final Rota rota;
    private final Schedules schedules;
    private final Clock clock;

    public Swaps(Rota rota, Schedules schedules, Clock clock) {
        this.rota = rota;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Transactional
    public SwapRequest request(NewSwap request) {
        Schedules.Target target = schedules.target(request.hospitalId(), request.scheduleId());
        // The same checks as the override it may become, except overlap, which is judged on approval.
        List<Problem.Violation> violations = new java.util.ArrayList<>(target.violations());
        violations.addAll(RotationRules.overrideViolations(request.asOverride(),
                target.schedule() == null ? null : target.schedule().name(), List.of(),
                VolunteerPool::exists).stream()
                .map(v -> "volunteerId".equals(v.field()) ? new Problem.Violation("counterpartId", v.message())
                        : "replacedVolunteerId".equals(v.field()) ? new Problem.Violation("requesterId", v.message()) : v)
                .toList());
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
        SwapRequest swap = new SwapRequest();
        swap.id = UUID.randomUUID();
        swap.scheduleId = target.schedule().id();
        swap.hospitalId = target.schedule().own() ? request.hospitalId() : null;
        swap.requesterId = request.requesterId();
        swap.counterpartId = request.counterpartId();
        swap.startsAt = request.startsAt().toInstant();
        swap.endsAt = request.endsAt().toInstant();
        swap.status = SwapRequest.Status.PENDING;
        swap.requestedAt = clock.instant();
        swap.persist();
        return swap;
    }

    /** Approval and override in one transaction: an approved swap is always on the rota. */
    @Transactional
    public SwapRequest decide(UUID id, boolean approve, String coordinator) {
        SwapRequest swap = SwapRequest.<SwapRequest>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Swap request " + id));
        if (swap.status != SwapRequest.Status.PENDING) {
            throw ProblemException.conflict("Swap request " + id + " was already " + swap.status);
        }
        if (approve) {
            RotaOverride override = rota.add(new NewOverride(swap.hospitalId, swap.requesterId, swap.counterpartId,
                    Rota.local(swap.startsAt), Rota.local(swap.endsAt), swap.hospitalId == null ? swap.scheduleId : null),
                    ShiftNotices.SWAP_APPROVED);
            swap.overrideId = override.id;
        }
        swap.status = approve ? SwapRequest.Status.APPROVED : SwapRequest.Status.REJECTED;
        swap.decidedAt = clock.instant();
        swap.decidedBy = coordinator;
        return swap;
    }
}
