package be.koepel.contracts;

/** The Kafka topics, one per producing service and stream; see contracts/src/main/resources/asyncapi.yaml. */
public final class Topics {

    public static final String REFERRAL_EVENTS = "referral.events.v1";
    public static final String TRAJECTORY_PUBLIC = "trajectory.public.v1";
    /** Every trajectory step, whatever the consent, for Koepel's own services; never for partners. */
    public static final String TRAJECTORY_INTERNAL = "trajectory.internal.v1";
    public static final String VOLUNTEER_EVENTS = "volunteer.events.v1";
    public static final String MATCHING_EVENTS = "matching.events.v1";
    public static final String NOTIFICATION_EVENTS = "notification.events.v1";
    public static final String GROUP_EVENTS = "group.events.v1";

    /** Where a consumer parks what it cannot process, with the reason in the record's headers. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
