package be.koepel.notification.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** When a volunteer's shift list last changed: an older or redelivered list changes nothing. */
@Entity
@Table(name = "volunteer_shifts")
public class VolunteerShifts extends PanacheEntityBase {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
