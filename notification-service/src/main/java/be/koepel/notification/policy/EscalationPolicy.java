package be.koepel.notification.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A coordinator's escalation policy for one hospital, or for every other hospital (scope 'default'). */
@Entity
@Table(name = "escalation_policy")
public class EscalationPolicy extends PanacheEntityBase {

    public static final String DEFAULT_SCOPE = "default";

    @Id
    public String scope;

    @Column(name = "step_delays", nullable = false)
    public String stepDelays;

    @Column(name = "repeat_count", nullable = false)
    public int repeatCount;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public EscalationPlan plan() {
        return new EscalationPlan(EscalationPlan.decodeDelays(stepDelays), repeatCount);
    }
}
