package be.koepel.referral.referral;

public enum ReferralStatus {
    /** Stored and announced; for an ER referral, paging is under way. */
    RECEIVED,
    /** A peer supporter acknowledged the page and is on the way. */
    PEER_ASSIGNED
}
