package be.koepel.volunteer.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A training a volunteer completed; valid from {@code completedOn} until, not including, {@code expiresOn}. */
@Entity
@Table(name = "volunteer_training")
public class Training extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingType type;

    /** Set only for a hospital induction: the hospital it prepares for. */
    @Column(name = "hospital_id")
    public String hospitalId;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public TrainingRecord toRecord() {
        return new TrainingRecord(type, hospitalId, completedOn, expiresOn);
    }
}
