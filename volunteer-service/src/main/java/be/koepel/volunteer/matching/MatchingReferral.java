package be.koepel.volunteer.matching;

import be.koepel.contracts.referral.ReferralReceived;

import be.koepel.volunteer.volunteer.StringListConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What matching keeps of a non-ER referral, so a coordinator can ask for its matches later. No personal data. */
@Entity
@Table(name = "matching_referral")
public class MatchingReferral extends PanacheEntityBase {

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String urgency;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "organisation_name")
    public String organisationName;

    @Column(name = "organisation_type")
    public String organisationType;

    public String language;

    @Column(name = "preferred_peer_gender")
    public String preferredPeerGender;

    @Column(name = "age_band")
    public String ageBand;

    public String municipality;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> substances = List.of();

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    PersonNeeds needs() {
        return new PersonNeeds(language, preferredPeerGender, ageBand, municipality, substances,
                ReferralReceived.URGENT.equals(urgency));
    }
}
