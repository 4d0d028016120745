package be.koepel.contracts.referral;

/** A referring organisation as events name it: its id (the token's {@code org} claim), name and type. */
public record ReferringOrganisation(String id, String name, String type) {
}
