package be.koepel.referral.trajectory;

/** What happened in a trajectory. PEER_ASSIGNED is recorded by the service itself, the rest by a peer or coordinator. */
public enum StepType {
    PEER_ASSIGNED,
    BEDSIDE_VISIT,
    OPTIONS_OFFERED,
    REFERRED_ON,
    FOLLOW_UP_CONTACT,
    CLOSED,
    REOPENED
}
