package be.koepel.referral.referral;

/** How a referral came in. The Foundation takes ER referrals; other channels follow. */
public enum Channel {
    ER;

    public boolean isUrgent() {
        return this == ER;
    }
}
