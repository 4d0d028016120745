package be.koepel.notification.paging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A referral whose paging still runs, as a coordinator's list shows it: where, since when, and every page so far. */
public record OpenPaging(
        UUID referralId,
        String hospitalName,
        String erDepartment,
        String erRoom,
        Escalation.Status status,
        Instant startedAt,
        List<PageView> timeline) {

    static OpenPaging of(Escalation escalation, List<PageView> timeline) {
        return new OpenPaging(escalation.referralId, escalation.hospitalName, escalation.erDepartment,
                escalation.erRoom, escalation.status, escalation.createdAt, timeline);
    }
}
