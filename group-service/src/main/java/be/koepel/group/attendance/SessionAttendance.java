package be.koepel.group.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Who came to one session, as the leader recorded it. */
@Entity
@Table(name = "session_attendance")
public class SessionAttendance extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    /** Persons who came without a trajectory: only counted. */
    @Column(name = "other_persons", nullable = false)
    public int otherPersons;

    /** Family members who were counted but not named. */
    @Column(name = "family_count", nullable = false)
    public int familyCount;

    @Column(name = "professional_count", nullable = false)
    public int professionalCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    public List<Attendee> attendees = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Version
    public long version;

    public List<UUID> trajectoryIds() {
        return attendees.stream().filter(a -> a.kind() == AttendeeKind.PERSON).map(Attendee::trajectoryId).toList();
    }

    public List<String> firstNames(AttendeeKind kind) {
        return attendees.stream().filter(a -> a.kind() == kind).map(Attendee::firstName).toList();
    }

    /** Everyone who came, named or counted. */
    public int total() {
        return attendees.size() + otherPersons + familyCount + professionalCount;
    }
}
