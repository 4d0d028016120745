package be.koepel.referral.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The audit log of personal data: who read whose data, when and why. */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "accessed_by", nullable = false)
    public String accessedBy;

    /** Set when what was read is a trajectory's notes and free text rather than the referral's contact data. */
    @Column(name = "trajectory_id")
    public UUID trajectoryId;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "accessed_at", nullable = false)
    public Instant accessedAt;

    public static void record(UUID referralId, String accessedBy, String role, String purpose, Instant at) {
        record(referralId, null, accessedBy, role, purpose, at);
    }

    public static void record(UUID referralId, UUID trajectoryId, String accessedBy, String role, String purpose, Instant at) {
        PersonalDataAccess access = new PersonalDataAccess();
        access.trajectoryId = trajectoryId;
        access.id = UUID.randomUUID();
        access.referralId = referralId;
        access.accessedBy = accessedBy;
        access.role = role;
        access.purpose = purpose;
        access.accessedAt = at;
        access.persist();
    }
}
