package be.koepel.contracts.referral;

/** Where in the hospital the peer supporter finds the person. */
public record ErLocation(String department, String room) {
}
