package be.koepel.referral.trajectory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What happens after the referrals of one person. Partners know it only by {@link #publicId},
 * which is neither a referral id nor this id, so nothing they receive leads back to a referral.
 */
@Entity
@Table(name = "trajectory")
public class Trajectory extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "public_id", nullable = false, unique = true)
    public UUID publicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrajectoryState state;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "close_reason")
    public String closeReason;

    /** The peer who guides the trajectory: the first to acknowledge a page for one of its referrals. */
    @Column(name = "assigned_volunteer_id")
    public UUID assignedVolunteerId;

    @Version
    public long version;

    public static Trajectory open(Instant at) {
        Trajectory trajectory = new Trajectory();
        trajectory.id = UUID.randomUUID();
        trajectory.publicId = UUID.randomUUID();
        trajectory.state = TrajectoryState.RECEIVED;
        trajectory.openedAt = at;
        return trajectory;
    }

    /**
     * Moves forward to {@code next}; an event that arrives late (a page after the assignment)
     * never moves it back.
     *
     * @return true when the state changed
     */
    public boolean advanceTo(TrajectoryState next) {
        if (!state.isOpen() || next.ordinal() <= state.ordinal()) {
            return false;
        }
        state = next;
        return true;
    }
}
