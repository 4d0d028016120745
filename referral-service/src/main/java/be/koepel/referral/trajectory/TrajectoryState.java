package be.koepel.referral.trajectory;

/** Where a person's trajectory stands; it only moves forward, except that a closed one can be reopened. */
public enum TrajectoryState {
    RECEIVED,
    PEER_PAGED,
    PEER_ASSIGNED,
    FIRST_CONTACT,
    IN_FOLLOW_UP,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
