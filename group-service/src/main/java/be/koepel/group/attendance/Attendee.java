package be.koepel.group.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** Someone named on an attendance sheet: a person by trajectory id, anyone else by first name. */
@Embeddable
public record Attendee(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false) AttendeeKind kind,
        @Column(name = "trajectory_id") UUID trajectoryId,
        @Column(name = "first_name") String firstName) {
}
