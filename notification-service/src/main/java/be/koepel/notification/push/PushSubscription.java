package be.koepel.notification.push;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One browser of a volunteer that takes pages by web push. */
@Entity
@Table(name = "push_subscription")
public class PushSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(nullable = false)
    public String endpoint;

    @Column(nullable = false)
    public String p256dh;

    @Column(nullable = false)
    public String auth;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "last_failure_at")
    public Instant lastFailureAt;

    @Column(name = "last_failure")
    public String lastFailure;
}
