package be.koepel.notification.safetynet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An urgent ER referral, watched until candidates arrive or the coordinator on duty is alerted. */
@Entity
@Table(name = "er_watch")
public class ErWatch extends PanacheEntityBase {

    public static final String CANDIDATES_ARRIVED = "CANDIDATES_ARRIVED";
    public static final String COORDINATOR_ALERTED = "COORDINATOR_ALERTED";

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "hospital_id")
    public String hospitalId;

    @Column(name = "hospital_name")
    public String hospitalName;

    @Column(name = "er_department")
    public String erDepartment;

    @Column(name = "er_room")
    public String erRoom;

    public String language;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public String outcome;
}
