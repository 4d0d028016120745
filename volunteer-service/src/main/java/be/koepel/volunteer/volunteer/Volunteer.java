package be.koepel.volunteer.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A peer supporter in the pool: a volunteer with lived experience, never staff. */
@Entity
@Table(name = "volunteer")
public class Volunteer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String phone;

    public String email;

    @Convert(converter = LanguagesConverter.class)
    @Column(nullable = false)
    public List<String> languages;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Version
    public long version;
}
