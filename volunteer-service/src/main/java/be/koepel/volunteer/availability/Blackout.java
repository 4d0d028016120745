package be.koepel.volunteer.availability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** Whole local days, both inclusive, on which the volunteer is not available. */
@Entity
@Table(name = "volunteer_blackout")
public class Blackout extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    public String note;

    public Availability.Period period() {
        return new Availability.Period(startsOn, endsOn);
    }
}
