package be.koepel.notification.paging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A proposed peer supporter of an escalation, paged in rank order. */
@Entity
@Table(name = "escalation_candidate")
@IdClass(EscalationCandidate.Key.class)
public class EscalationCandidate extends PanacheEntityBase {

    public record Key(UUID escalationId, int rank) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "escalation_id")
    public UUID escalationId;

    @Id
    public int rank;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    static EscalationCandidate of(UUID escalationId, int rank, UUID volunteerId) {
        EscalationCandidate candidate = new EscalationCandidate();
        candidate.escalationId = escalationId;
        candidate.rank = rank;
        candidate.volunteerId = volunteerId;
        return candidate;
    }

    /** The candidates of an escalation, in the order they are paged. */
    static List<EscalationCandidate> ordered(UUID escalationId) {
        return list("escalationId = ?1 order by rank", escalationId);
    }
}
