package be.koepel.volunteer.duty;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One coordinator on duty during [startsAt, endsAt). */
@Entity
@Table(name = "coordinator_duty")
public class CoordinatorDuty extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "coordinator_id", nullable = false)
    public String coordinatorId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String phone;

    public String email;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
