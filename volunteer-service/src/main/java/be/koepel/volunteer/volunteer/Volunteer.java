package be.koepel.volunteer.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import be.koepel.contracts.volunteer.ContactChannel;
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

    @Enumerated(EnumType.STRING)
    public Gender gender;

    /** One of {@link AgeBands#BANDS}; a band, not a birth date, because matching needs no more. */
    @Column(name = "age_band")
    public String ageBand;

    /** {@link Substance} names. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "lived_experience", nullable = false)
    public List<String> livedExperience = List.of();

    @Column(name = "recovery_since")
    public LocalDate recoverySince;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> municipalities = List.of();

    /** Organisation ids of the hospitals this volunteer serves. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> hospitals = List.of();

    @Column(name = "max_trajectories", nullable = false)
    public int maxTrajectories;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    /** Set exactly when {@link #status} is PAUSED: the last day of the pause. */
    @Column(name = "paused_until")
    public LocalDate pausedUntil;

    @Column(name = "backup_organisation")
    public String backupOrganisation;

    @Column(name = "backup_contact_name")
    public String backupContactName;

    @Column(name = "backup_phone")
    public String backupPhone;

    @Column(name = "backup_email")
    public String backupEmail;

    /** The contact methods the volunteer chose; null when none, so phone and e-mail are used. */
    @Convert(converter = ContactChannelsConverter.class)
    @Column(name = "contact_channels")
    public List<ContactChannel> contactChannels;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Where notification-service pages this volunteer: the chosen methods, else SMS then e-mail. */
    public List<ContactChannel> channels() {
        return ContactDetails.effective(contactChannels, phone, email);
    }
}
