package be.koepel.referral.trajectory;

/**
 * What happened in a trajectory. PEER_ASSIGNED and JOINED_CONTACT_GROUP are recorded by the
 * service itself (from page, assignment and group events), the rest by a peer or coordinator.
 */
public enum StepType {
    PEER_ASSIGNED,
    BEDSIDE_VISIT,
    OPTIONS_OFFERED,
    REFERRED_ON,
    FOLLOW_UP_CONTACT,
    CLOSED,
    REOPENED,
    /** The person came to a contact group for the first time; group-service tells us. */
    JOINED_CONTACT_GROUP(false);

    private final boolean inPublicContract;

    StepType() {
        this(true);
    }

    StepType(boolean inPublicContract) {
        this.inPublicContract = inPublicContract;
    }

    /**
     * Whether {@code trajectory.step-recorded.v1} knows this type. Its schema is the partners'
     * contract and changes only by a new version, so a newer type stays internal until then.
     */
    public boolean isInPublicContract() {
        return inPublicContract;
    }

    /** Recorded by the service from another service's event, never through the steps endpoint. */
    public boolean isRecordedByService() {
        return this == PEER_ASSIGNED || this == JOINED_CONTACT_GROUP;
    }
}
