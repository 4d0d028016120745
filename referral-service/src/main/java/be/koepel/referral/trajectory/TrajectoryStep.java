package be.koepel.referral.trajectory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One step of a trajectory, and so one line of its history: who, when, what. Never changed afterwards. */
@Entity
@Table(name = "trajectory_step")
public class TrajectoryStep extends PanacheEntityBase {

    private static final String SEPARATOR = ",";

    @Id
    public UUID id;

    @Column(name = "trajectory_id", nullable = false)
    public UUID trajectoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepType type;

    /** A {@link VisitOutcome} or {@link CloseReason}, by name. */
    public String outcome;

    /** {@link CareOption} names, comma-separated. */
    public String options;

    @Column(name = "referred_to")
    public String referredTo;

    /** The contact group referred to (REFERRED_ON) or joined (JOINED_CONTACT_GROUP), by its id in group-service. */
    @Column(name = "contact_group_id")
    public UUID contactGroupId;

    /** OPTIONS_OFFERED: which self-help group was offered, if the peer named one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "self_help_group")
    public SelfHelpGroup selfHelpGroup;

    /** Its name, free text: for OTHER, or a local group. */
    @Column(name = "self_help_group_name")
    public String selfHelpGroupName;

    @Column(name = "next_contact_on")
    public LocalDate nextContactOn;

    public String reason;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after", nullable = false)
    public TrajectoryState stateAfter;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_role", nullable = false)
    public String recordedRole;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /**
     * The peer's note, a reopening's reason and a self-help group's name are free text and may name
     * the person: reading them is audited, and erasure removes them.
     */
    public boolean hasFreeText() {
        return note != null || reason != null || selfHelpGroupName != null;
    }

    public void forgetFreeText() {
        note = null;
        selfHelpGroupName = null;
        reason = null;
    }

    public List<String> optionList() {
        return options == null || options.isEmpty() ? List.of() : Arrays.asList(options.split(SEPARATOR));
    }

    static String joinOptions(List<CareOption> options) {
        return options == null || options.isEmpty() ? null
                : String.join(SEPARATOR, options.stream().distinct().map(Enum::name).toList());
    }

    public static List<TrajectoryStep> history(UUID trajectoryId) {
        return find("trajectoryId = ?1 order by recordedAt, id", trajectoryId).list();
    }
}
