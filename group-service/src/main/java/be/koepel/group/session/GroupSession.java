package be.koepel.group.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One meeting of a group: generated from its pattern, or added once. */
@Entity
@Table(name = "group_session")
public class GroupSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    /**
     * The pattern's meeting day this session stands for, also after it was moved or cancelled,
     * so that generating again never brings it back; null for a one-off session.
     */
    @Column(name = "pattern_date")
    public LocalDate patternDate;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status = SessionStatus.SCHEDULED;

    @Column(nullable = false)
    public boolean moved;

    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean isOneOff() {
        return patternDate == null;
    }
}
