package be.koepel.referral.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    @Column(name = "external_reference")
    public String externalReference;

    @Column(name = "referrer_name")
    public String referrerName;

    @Column(name = "referrer_function")
    public String referrerFunction;

    @Column(name = "referrer_phone")
    public String referrerPhone;

    @Column(name = "person_last_name")
    public String personLastName;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_gender")
    public Gender personGender;

    /** The label of an {@link AgeBand}; the birth year itself is never stored. */
    @Column(name = "person_age_band")
    public String personAgeBand;

    @Column(name = "person_municipality")
    public String personMunicipality;

    @Column(name = "person_phone_key")
    public String personPhoneKey;

    @Column(name = "person_identity_key")
    public String personIdentityKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "main_substance")
    public SubstanceCategory mainSubstance;

    @Enumerated(EnumType.STRING)
    @Column(name = "secondary_substance")
    public SubstanceCategory secondarySubstance;

    @Column(name = "er_intoxication")
    public Boolean erIntoxication;

    @Column(name = "er_expected_discharge_at")
    public Instant erExpectedDischargeAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_peer_gender")
    public PeerGender preferredPeerGender;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Column(name = "consent_share_with_partners", nullable = false)
    public boolean consentShareWithPartners;

    @ElementCollection
    @CollectionTable(name = "referral_family_contact", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    public List<FamilyContact> familyContacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "referral_sharing_partner", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "partner_id")
    public Set<String> sharingPartners = new LinkedHashSet<>();

    /** The person's trajectory; several referrals of one person share it. */
    @Column(name = "trajectory_id", nullable = false)
    public UUID trajectoryId;

    /** Joined an already open trajectory of what looks like the same person; a coordinator checks it. */
    @Column(name = "flagged_for_coordinator", nullable = false)
    public boolean flaggedForCoordinator;

    @Column(name = "flag_reason")
    public String flagReason;

    /** Set when the personal data was erased, on request or after the retention period. */
    @Column(name = "personal_data_erased_at")
    public Instant personalDataErasedAt;

    @Version
    public long version;

    /** Someone close to the person whom the peer may contact. */
    @Embeddable
    public static class FamilyContact {

        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String relation;

        @Column(nullable = false)
        public String phone;

        protected FamilyContact() {
        }

        public FamilyContact(String name, String relation, String phone) {
            this.name = name;
            this.relation = relation;
            this.phone = phone;
        }
    }

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
