package be.koepel.volunteer.rota;

import be.koepel.contracts.volunteer.RotaGapDetected;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Where the rota leaves a hospital with nobody who can be paged, for coordinators to fill (see {@link RotaGaps}). */
@Path("/api/schedules/gaps")
@RolesAllowed(Roles.COORDINATOR)
public class ScheduleResource {

    private final RotaGaps gaps;
    private final Clock clock;

    public ScheduleResource(RotaGaps gaps, Clock clock) {
        this.gaps = gaps;
        this.clock = clock;
    }

    /** {@code ?from=2027-03-20T00:00:00+01:00&hospital=az-turnhout}; without {@code from}, today. */
    @GET
    public List<GapView> gaps(@QueryParam("from") String from, @QueryParam("hospital") String hospital) {
        Instant at = from == null || from.isBlank() ? clock.instant() : OnCallResource.parseInstant(from, "from");
        return gaps.gaps(at).stream()
                .filter(g -> hospital == null || hospital.isBlank() || g.schedule().hospitals().contains(hospital))
                .map(GapView::of).toList();
    }

    /**
     * @param kind NOBODY_SCHEDULED or NOBODY_PAGEABLE
     * @param unpageable who is on call but cannot be paged, and why: personal reasons, for coordinators' eyes
     */
    public record GapView(UUID gapId, UUID scheduleId, String scheduleName, List<String> hospitals,
            OffsetDateTime startsAt, OffsetDateTime endsAt, RotaGapDetected.Kind kind, List<RotaGaps.Unpageable> unpageable) {

        static GapView of(RotaGaps.Gap gap) {
            return new GapView(gap.gapId(), gap.schedule().id(), gap.schedule().name(), gap.schedule().hospitals(),
                    Rota.local(gap.startsAt()), Rota.local(gap.endsAt()), gap.kind(), gap.unpageable());
        }
    }
}
