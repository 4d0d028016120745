package be.koepel.volunteer.rota;

import be.koepel.volunteer.volunteer.Volunteer;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One volunteer on call for one hospital from {@code startsAt} (inclusive) to {@code endsAt} (exclusive). */
@Entity
@Table(name = "rota_shift")
public class Shift extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false)
    public Volunteer volunteer;

    /** The schedule the entry is on: a hospital's own ({@link Schedule#of}) or a shared one. */
    @Column(name = "schedule_id", nullable = false)
    public UUID scheduleId;

    /** The hospital whose own schedule it is on; null on a shared schedule. */
    @Column(name = "hospital_id")
    public String hospitalId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    /** 1 is the primary, paged first; 2 and up are backups. */
    @Column(nullable = false)
    public int rank;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
