package be.koepel.volunteer.availability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

@Entity
@Table(name = "volunteer_weekly_slot")
public class WeeklySlot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    /** ISO day of week, 1 is Monday. */
    @Column(name = "day_of_week", nullable = false)
    public int dayOfWeek;

    @Column(name = "from_time", nullable = false)
    public LocalTime fromTime;

    @Column(name = "to_time", nullable = false)
    public LocalTime toTime;

    public AvailabilityInput.Slot slot() {
        return new AvailabilityInput.Slot(DayOfWeek.of(dayOfWeek), fromTime, toTime);
    }
}
