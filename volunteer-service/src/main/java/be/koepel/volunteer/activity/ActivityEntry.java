package be.koepel.volunteer.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One bedside visit or group session led, by one volunteer. */
@Entity
@Table(name = "activity_entry")
public class ActivityEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
