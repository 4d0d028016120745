package be.koepel.notification.paging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Optional;
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

    /** The candidate to page after the one of {@code rank}, if any is left. */
    static Optional<EscalationCandidate> after(UUID escalationId, int rank) {
        return find("escalationId = ?1 and rank > ?2 order by rank", escalationId, rank).firstResultOptional();
    }
}
