package be.koepel.volunteer.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A schedule shared by a group of hospitals; rotations, shifts and overrides can be put on it by its id. */
@Entity
@Table(name = "rota_schedule")
public class SharedSchedule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** Organisation ids; a hospital is in at most one shared schedule (unique in the table). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rota_schedule_hospital", joinColumns = @JoinColumn(name = "schedule_id"))
    @Column(name = "hospital_id", nullable = false)
    public Set<String> hospitals = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public Schedule schedule() {
        return new Schedule(id, name, hospitals.stream().sorted().toList());
    }
}
