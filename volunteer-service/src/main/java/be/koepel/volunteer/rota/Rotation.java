package be.koepel.volunteer.rota;

import be.koepel.volunteer.volunteer.StringListConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "rota_rotation")
public class Rotation extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The schedule the entry is on: a hospital's own ({@link Schedule#of}) or a shared one. */
    @Column(name = "schedule_id", nullable = false)
    public UUID scheduleId;

    /** The hospital whose own schedule it is on; null on a shared schedule. */
    @Column(name = "hospital_id")
    public String hospitalId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RotationPlan.Kind kind;

    @Column(name = "hand_off_time", nullable = false)
    public LocalTime handOffTime;

    @Column(name = "first_hand_off", nullable = false)
    public LocalDate firstHandOff;

    /** Volunteer ids in turn order. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> participants;

    @Column(nullable = false)
    public int rank;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public RotationPlan plan() {
        return new RotationPlan(id, kind, handOffTime, firstHandOff, participants.stream().map(UUID::fromString).toList(),
                rank, Rota.REGION);
    }
}
