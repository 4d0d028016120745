package be.koepel.contracts;

/**
 * CloudEvents {@code type} values. Each has a JSON Schema of its data in
 * {@code contracts/src/main/resources/schemas/<type>.json}.
 */
public final class EventTypes {

    public static final String REFERRAL_RECEIVED = "referral.received.v1";
    /** Every channel but ER (which keeps {@link #REFERRAL_RECEIVED}); on {@code referral.events.v1}. */
    public static final String REFERRAL_RECEIVED_V2 = "referral.received.v2";
    /** Public, for partners, on {@code trajectory.public.v1}: pseudonymised and only with consent. */
    public static final String TRAJECTORY_STEP_RECORDED = "trajectory.step-recorded.v1";
    public static final String PEER_CANDIDATES_PROPOSED = "peer-candidates.proposed.v1";
    public static final String VOLUNTEER_REGISTERED = "volunteer.registered.v1";
    public static final String VOLUNTEER_UPDATED = "volunteer.updated.v1";
    public static final String COORDINATOR_DUTY_SCHEDULED = "coordinator-duty.scheduled.v1";
    public static final String PAGE_SENT = "page.sent.v1";
    public static final String PAGE_ACKNOWLEDGED = "page.acknowledged.v1";
    public static final String PAGE_DECLINED = "page.declined.v1";
    /** group.events.v1; subject: the trajectory id. */
    public static final String GROUP_MEMBER_JOINED = "group.member-joined.v1";
    /** group.events.v1, a notification request for the group's leaders; subject: the group id. */
    public static final String GROUP_NEWCOMER_EXPECTED = "group.newcomer-expected.v1";

    private EventTypes() {
    }
}
