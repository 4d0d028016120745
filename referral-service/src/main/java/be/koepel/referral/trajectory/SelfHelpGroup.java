package be.koepel.referral.trajectory;

/**
 * The self-help group a peer named when offering one (option SELF_HELP_GROUP): the fellowships
 * people in the region are referred to most, or OTHER with its name in free text.
 */
public enum SelfHelpGroup {
    /** Anonieme Alcoholisten */
    AA,
    /** Narcotics Anonymous */
    NA,
    SOS_NUCHTERHEID,
    TOXAN,
    /** A group for family and those close to the person, e.g. Al-Anon */
    FAMILY_GROUP,
    /** Named in selfHelpGroupName */
    OTHER
}
