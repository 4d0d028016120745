package be.koepel.referral.privacy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import be.koepel.platform.security.Roles;
import be.koepel.referral.referral.PersonalDataAccess;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit log of personal data, for coordinators: who read or erased whose data, when and why. */
@Path("/api/personal-data-accesses")
@RolesAllowed(Roles.COORDINATOR)
public class PersonalDataResource {


    @Schema(example = """
            {"referralId": "3f0b8c1e-7a2d-4e5f-9b6c-1d2e3f4a5b6c", "trajectoryId": null, "accessedBy": "volunteer-6a1f",
             "role": "volunteer", "purpose": "assigned peer reads contact details to make contact",
             "accessedAt": "2026-11-24T21:40:00Z"}""")
    /** @param trajectoryId set when a trajectory's notes and free text were read */
    public record AccessView(UUID referralId, UUID trajectoryId, String accessedBy, String role, String purpose,
            Instant accessedAt) {
    }

    @GET
    @Transactional
    @Operation(summary = "The audit log: who read or erased whose personal data, when and why; newest first")
    public PageResult<AccessView> audit(
            @Parameter(description = "Only the accesses to this referral's personal data")
            @QueryParam("referralId") UUID referralId, @BeanParam @Valid PageRequest page) {
        var found = referralId == null
                ? PersonalDataAccess.<PersonalDataAccess>findAll(Sort.descending("accessedAt"))
                : PersonalDataAccess.<PersonalDataAccess>find("referralId = :id", Sort.descending("accessedAt"),
                        Parameters.with("id", referralId));
        found.page(Page.of(page.page, page.size));
        return new PageResult<>(found.list().stream()
                .map(a -> new AccessView(a.referralId, a.trajectoryId, a.accessedBy, a.role, a.purpose, a.accessedAt)).toList(),
                page.page, page.size, found.count());
    }
}
