package be.koepel.platform.security;

/** The roles of DESIGN.md, as they appear in the token's {@code groups} or realm roles. */
public final class Roles {

    public static final String REFERRER = "referrer";
    public static final String VOLUNTEER = "volunteer";
    public static final String COORDINATOR = "coordinator";
    public static final String PARTNER = "partner";
    public static final String GROUP_LEADER = "group-leader";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
