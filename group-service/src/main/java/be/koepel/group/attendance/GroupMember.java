package be.koepel.group.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person from a trajectory who came to the group at least once; known only by trajectory id. */
@Entity
@Table(name = "group_member")
public class GroupMember extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "first_session_id", nullable = false)
    public UUID firstSessionId;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Embeddable
    public record Key(@Column(name = "group_id") UUID groupId, @Column(name = "trajectory_id") UUID trajectoryId)
            implements Serializable {
    }
}
