package be.koepel.volunteer.duty;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.volunteer.volunteer.ContactChannelsConverter;
import be.koepel.volunteer.volunteer.ContactDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One coordinator on duty during [startsAt, endsAt). */
@Entity
@Table(name = "coordinator_duty")
public class CoordinatorDuty extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "coordinator_id", nullable = false)
    public String coordinatorId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String phone;

    public String email;

    /** The contact methods chosen for this duty; null when none, so phone and e-mail are used. */
    @Convert(converter = ContactChannelsConverter.class)
    @Column(name = "contact_channels")
    public List<ContactChannel> contactChannels;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** Where the coordinator is paged: the chosen methods, else SMS then e-mail. */
    public List<ContactChannel> channels() {
        return ContactDetails.effective(contactChannels, phone, email);
    }
}
