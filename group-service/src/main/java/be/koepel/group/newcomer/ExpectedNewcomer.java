package be.koepel.group.newcomer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Someone referred to a group, who may come; known only by the trajectory id. */
@Entity
@Table(name = "expected_newcomer")
public class ExpectedNewcomer extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "referred_at", nullable = false)
    public Instant referredAt;

    @Column(name = "next_session_id")
    public UUID nextSessionId;

    @Embeddable
    public record Key(@Column(name = "group_id") UUID groupId, @Column(name = "trajectory_id") UUID trajectoryId)
            implements Serializable {
    }
}
