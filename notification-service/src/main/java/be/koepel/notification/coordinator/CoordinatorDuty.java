package be.koepel.notification.coordinator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A coordinator's duty period, from coordinator-duty.scheduled.v1; the latest scheduled version wins. */
@Entity
@Table(name = "coordinator_duty")
public class CoordinatorDuty extends PanacheEntityBase {

    @Id
    @Column(name = "duty_id")
    public UUID dutyId;

    @Column(name = "coordinator_id", nullable = false)
    public String coordinatorId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "sms_number")
    public String smsNumber;

    public String email;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;

    /** The duty covering {@code now}; periods do not overlap, but should two, the later scheduled one counts. */
    static Optional<CoordinatorDuty> covering(Instant now) {
        return find("startsAt <= ?1 and endsAt > ?1 order by scheduledAt desc", now).firstResultOptional();
    }
}
