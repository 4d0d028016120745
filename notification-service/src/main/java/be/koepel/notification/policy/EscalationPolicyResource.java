package be.koepel.notification.policy;

import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/**
 * Coordinators set how ER paging escalates: per hospital ({@code /api/escalation-policies/az-turnhout})
 * or for all others ({@code /api/escalation-policies/default}). A running escalation keeps the
 * policy it started with.
 */
@Path("/api/escalation-policies")
@RolesAllowed(Roles.COORDINATOR)
public class EscalationPolicyResource {

    private final EscalationPolicies policies;
    private final Caller caller;

    public EscalationPolicyResource(EscalationPolicies policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @GET
    public List<PolicyView> all() {
        return policies.all();
    }

    @GET
    @Path("/{scope}")
    public PolicyView get(@PathParam("scope") String scope) {
        return policies.get(scope);
    }

    @PUT
    @Path("/{scope}")
    public PolicyView put(@PathParam("scope") String scope, PolicyRequest request) {
        return policies.put(scope, request, caller.name());
    }

    /** The hospital falls back to the default policy (or the default to the configuration). */
    @DELETE
    @Path("/{scope}")
    public void delete(@PathParam("scope") String scope) {
        policies.delete(scope);
    }
}
