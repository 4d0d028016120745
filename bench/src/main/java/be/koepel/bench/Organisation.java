package be.koepel.bench;

import java.util.List;

/**
 * A referring organisation of the seeded network (referral-service's V2 migration and the
 * Keycloak realm), with how it logs in on the real stack.
 */
record Organisation(String id, String name, String type, Login login) {

    /** How a system or user of the organisation gets a token from Keycloak. */
    sealed interface Login permits ClientCredentials, Password {
    }

    /** A hospital's ER system: its own confidential client. */
    record ClientCredentials(String clientId, String secret) implements Login {
    }

    /** A referrer who logs in through the CLI client. */
    record Password(String username, String password) implements Login {
    }

    static final String DEV_PASSWORD = "koepel-dev";

    static final List<Organisation> HOSPITALS = List.of(
            hospital("az-turnhout", "AZ Turnhout"),
            hospital("az-herentals", "AZ Herentals"),
            hospital("az-sint-dimpna-geel", "AZ Sint-Dimpna Geel"),
            hospital("az-heilig-hart-mol", "AZ Heilig Hart Mol"));

    static final Organisation GP = new Organisation("huisartsen-kasterlee", "Huisartsenpraktijk Kasterlee", "GP",
            new Password("dr.vermeulen", DEV_PASSWORD));
    static final Organisation OCMW = new Organisation("ocmw-turnhout", "OCMW Turnhout", "OCMW",
            new Password("ocmw.turnhout", DEV_PASSWORD));
    static final Organisation CAW = new Organisation("caw-de-kempen", "CAW De Kempen", "CAW",
            new Password("caw.dekempen", DEV_PASSWORD));

    private static Organisation hospital(String id, String name) {
        // the realm's development secret for every hospital client: dev-only-<client>-secret
        return new Organisation(id, name, "HOSPITAL", new ClientCredentials(id, "dev-only-" + id + "-secret"));
    }

    boolean isHospital() {
        return type.equals("HOSPITAL");
    }
}
