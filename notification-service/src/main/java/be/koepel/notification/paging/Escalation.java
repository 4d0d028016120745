package be.koepel.notification.paging;

import be.koepel.notification.policy.EscalationPlan;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Paging for one referral: who to page in which order, and whether someone said "I'm going".
 * Whoever changes an escalation or its pages locks the escalation row first, so an answer and a
 * passing deadline never both win.
 */
@Entity
@Table(name = "escalation")
public class Escalation extends PanacheEntityBase {

    public enum Status {
        /** Pages go out until someone acknowledges. */
        PAGING,
        /** A peer supporter is on the way. */
        ACKNOWLEDGED,
        /** Every candidate was paged and nobody acknowledged in time. */
        EXHAUSTED
    }

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false, unique = true)
    public UUID referralId;

    @Column(name = "hospital_id", nullable = false)
    public String hospitalId;

    @Column(name = "hospital_name", nullable = false)
    public String hospitalName;

    @Column(name = "er_department")
    public String erDepartment;

    @Column(name = "er_room")
    public String erRoom;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "acknowledged_by")
    public UUID acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The policy's step delays when paging started (ISO-8601, comma separated); null before policies existed. */
    @Column(name = "step_delays")
    public String stepDelays;

    @Column(name = "repeat_count", nullable = false)
    public int repeatCount;

    /** The referring hospital's call-back phone (v2 proposals): told when nobody acknowledged; null if none. */
    @Column(name = "call_back_phone")
    public String callBackPhone;

    @Column(name = "call_back_function")
    public String callBackFunction;

    /** The plan this escalation follows; {@code fallback} for escalations started before policies existed. */
    public EscalationPlan plan(EscalationPlan fallback) {
        return stepDelays == null ? fallback : new EscalationPlan(EscalationPlan.decodeDelays(stepDelays), repeatCount);
    }

    public static Optional<Escalation> lock(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Escalation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public static Optional<Escalation> forReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }
}
