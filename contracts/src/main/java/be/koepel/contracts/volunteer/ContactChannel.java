package be.koepel.contracts.volunteer;

/** How a volunteer wants to be reached; the lowest order is tried first. */
public record ContactChannel(String type, String address, int order) {

    public static final String SMS = "SMS";
    public static final String EMAIL = "EMAIL";
}
