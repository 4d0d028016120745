package be.koepel.notification.push;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The key a browser's {@code pushManager.subscribe} needs as its {@code applicationServerKey}. */
@Path("/api/push/vapid-public-key")
public class VapidKeyResource {

    public record VapidPublicKey(String publicKey) {
    }

    private final Vapid vapid;

    public VapidKeyResource(Vapid vapid) {
        this.vapid = vapid;
    }

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    public VapidPublicKey get() {
        return new VapidPublicKey(vapid.publicKey().orElseThrow(() ->
                new ProblemException(404, "Not Found", "Web push is not enabled here (koepel.webpush.enabled)")));
    }
}
