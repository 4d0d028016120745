package be.koepel.referral.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A referral and the minimum personal data a peer needs to make contact. Never leaves this service. */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public String urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Column(name = "er_department")
    public String erDepartment;

    @Column(name = "er_room")
    public String erRoom;

    @Column(name = "person_first_name", nullable = false)
    public String personFirstName;

    @Column(name = "person_phone", nullable = false)
    public String personPhone;

    @Column(name = "person_language", nullable = false)
    public String personLanguage;

    @Column(name = "consent_to_contact", nullable = false)
    public boolean consentToContact;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "assigned_volunteer_id")
    public UUID assignedVolunteerId;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Version
    public long version;

    /**
     * The first acknowledgement wins: a later one for another peer changes nothing, so the person
     * never gets two visitors and the first peer is never sent away.
     *
     * @return true when this call assigned the peer
     */
    public boolean assignPeer(UUID volunteerId, Instant at) {
        if (assignedVolunteerId != null) {
            return false;
        }
        assignedVolunteerId = volunteerId;
        assignedAt = at;
        status = ReferralStatus.PEER_ASSIGNED;
        return true;
    }

    public boolean isAssignedTo(UUID volunteerId) {
        return volunteerId != null && volunteerId.equals(assignedVolunteerId);
    }
}
