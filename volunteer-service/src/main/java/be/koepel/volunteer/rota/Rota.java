package be.koepel.volunteer.rota;

import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import be.koepel.volunteer.volunteer.Volunteer;
import be.koepel.volunteer.volunteer.VolunteerPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The on-call rota per hospital: who is paged for an ER referral at a given instant. */
@ApplicationScoped
public class Rota {

    /** The region's zone: the rota is planned in local time across daylight-saving changes. */
    public static final ZoneId REGION = ZoneId.of("Europe/Brussels");

    private final Clock clock;

    public Rota(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public Shift add(NewShift request) {
        List<Problem.Violation> violations = ShiftRules.violations(request, VolunteerPool::exists);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.volunteer = Volunteer.getEntityManager().getReference(Volunteer.class, request.volunteerId());
        shift.hospitalId = request.hospitalId();
        shift.startsAt = request.startsAt().toInstant();
        shift.endsAt = request.endsAt().toInstant();
        shift.rank = request.rank();
        shift.createdAt = clock.instant();
        shift.persist();
        return shift;
    }

    /** Joins the caller's transaction when there is one, so a consumer reads and publishes in one. */
    @Transactional
    public List<OnCallShift> onCall(String hospitalId, Instant at) {
        List<Shift> shifts = Shift.<Shift>find("""
                from Shift s join fetch s.volunteer
                where s.hospitalId = ?1 and s.startsAt <= ?2 and s.endsAt > ?2""", hospitalId, at).list();
        return OnCallOrder.order(shifts.stream()
                .map(s -> new OnCallShift(s.volunteer.id, s.volunteer.displayName, s.volunteer.languages, s.rank,
                        s.startsAt, s.endsAt))
                .toList());
    }

    public Instant now() {
        return clock.instant();
    }

    static OffsetDateTime local(Instant instant) {
        return instant.atZone(REGION).toOffsetDateTime();
    }
}
