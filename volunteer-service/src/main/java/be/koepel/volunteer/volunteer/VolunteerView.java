package be.koepel.volunteer.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record VolunteerView(UUID id, String displayName, String phone, String email, List<String> languages,
        Instant registeredAt, long version) {

    static VolunteerView of(Volunteer volunteer) {
        return new VolunteerView(volunteer.id, volunteer.displayName, volunteer.phone, volunteer.email,
                volunteer.languages, volunteer.registeredAt, volunteer.version);
    }
}
