package be.koepel.volunteer.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** {@code replacementId} is on call instead of {@code replacedId} for one hospital during [startsAt, endsAt). */
@Entity
@Table(name = "rota_override")
public class RotaOverride extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The schedule the entry is on: a hospital's own ({@link Schedule#of}) or a shared one. */
    @Column(name = "schedule_id", nullable = false)
    public UUID scheduleId;

    /** The hospital whose own schedule it is on; null on a shared schedule. */
    @Column(name = "hospital_id")
    public String hospitalId;

    @Column(name = "replaced_id", nullable = false)
    public UUID replacedId;

    @Column(name = "replacement_id", nullable = false)
    public UUID replacementId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    RotaComposition.Replacement replacement() {
        return new RotaComposition.Replacement(replacedId, replacementId, startsAt, endsAt);
    }
}
