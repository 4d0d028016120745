package be.koepel.volunteer.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** {@code counterpartId} would take {@code requesterId}'s place on a hospital's rota during [startsAt, endsAt). */
@Entity
@Table(name = "rota_swap_request")
public class SwapRequest extends PanacheEntityBase {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    @Id
    public UUID id;

    /** The schedule the entry is on: a hospital's own ({@link Schedule#of}) or a shared one. */
    @Column(name = "schedule_id", nullable = false)
    public UUID scheduleId;

    /** The hospital whose own schedule it is on; null on a shared schedule. */
    @Column(name = "hospital_id")
    public String hospitalId;

    @Column(name = "requester_id", nullable = false)
    public UUID requesterId;

    @Column(name = "counterpart_id", nullable = false)
    public UUID counterpartId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The override an approval created. */
    @Column(name = "override_id")
    public UUID overrideId;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Version
    public long version;
}
