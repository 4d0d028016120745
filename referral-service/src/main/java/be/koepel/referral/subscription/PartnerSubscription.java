package be.koepel.referral.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner's webhook for the trajectory events of persons whose consent names that partner. */
@Entity
@Table(name = "partner_subscription")
public class PartnerSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(nullable = false)
    public String url;

    /** Signs deliveries; never shown again after the subscription is made. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static List<PartnerSubscription> activeOf(List<String> partnerIds) {
        return list("active = true and partnerId in ?1", partnerIds);
    }

    /** A failed attempt; too many in a row disable the subscription until the partner renews it. */
    void failed(int disableAfter, Instant at) {
        consecutiveFailures++;
        if (active && consecutiveFailures >= disableAfter) {
            active = false;
            disabledAt = at;
        }
    }

    void succeeded() {
        consecutiveFailures = 0;
    }
}
