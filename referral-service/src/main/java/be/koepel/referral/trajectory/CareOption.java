package be.koepel.referral.trajectory;

/** What the peer can offer the person. */
public enum CareOption {
    CONTACT_GROUP,
    /** AA, NA, SOS Nuchterheid, … */
    SELF_HELP_GROUP,
    GP_ADDICTION_EXPERTISE,
    AMBULANT_DRUG_SERVICE,
    CAW,
    RESIDENTIAL
}
