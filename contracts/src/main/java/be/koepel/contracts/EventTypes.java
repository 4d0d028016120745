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
    /** trajectory.internal.v1; subject: the public trajectory id. */
    public static final String TRAJECTORY_PROGRESSED = "trajectory.progressed.v1";
    /** trajectory.internal.v1; subject: the public trajectory id. */
    public static final String FOLLOW_UP_LAPSED = "trajectory.follow-up-lapsed.v1";
    public static final String PEER_CANDIDATES_PROPOSED = "peer-candidates.proposed.v1";
    /** Ranked with explained scores, for every channel; on {@code matching.events.v1} next to v1. */
    public static final String PEER_CANDIDATES_PROPOSED_V2 = "peer-candidates.proposed.v2";
    /** matching.events.v1: a routine referral was assigned without paging. */
    public static final String PEER_ASSIGNED = "peer.assigned.v1";
    public static final String VOLUNTEER_REGISTERED = "volunteer.registered.v1";
    public static final String VOLUNTEER_UPDATED = "volunteer.updated.v1";
    public static final String COORDINATOR_DUTY_SCHEDULED = "coordinator-duty.scheduled.v1";
    /** volunteer.events.v1; subject: the schedule id. */
    public static final String ROTA_GAP_DETECTED = "rota.gap-detected.v1";
    /** volunteer.events.v1; subject: the volunteer id. */
    public static final String SHIFTS_CHANGED = "volunteer.shifts-changed.v1";
    public static final String PAGE_SENT = "page.sent.v1";
    public static final String PAGE_ACKNOWLEDGED = "page.acknowledged.v1";
    public static final String PAGE_DECLINED = "page.declined.v1";
    /** group.events.v1; subject: the trajectory id. */
    public static final String GROUP_MEMBER_JOINED = "group.member-joined.v1";
    /** group.events.v1, a notification request for the group's leaders; subject: the group id. */
    public static final String GROUP_NEWCOMER_EXPECTED = "group.newcomer-expected.v1";
    /** group.events.v1; subject: the group id. */
    public static final String GROUP_SESSION_HELD = "group.session-held.v1";

    private EventTypes() {
    }
}
