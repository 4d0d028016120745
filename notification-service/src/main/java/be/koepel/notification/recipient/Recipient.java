package be.koepel.notification.recipient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** How to reach a peer supporter; kept from volunteer.events.v1, owned by volunteer-service. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "sms_number")
    public String smsNumber;

    public String email;

    /** An https URL that takes pages and notices as signed JSON posts. */
    @Column(name = "webhook_url")
    public String webhookUrl;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The version of the last volunteer.updated.v1 applied; -1 while only the registration is known. */
    @Column(name = "profile_version", nullable = false)
    public long profileVersion = -1;
}
