package be.koepel.group.contactgroup;

import be.koepel.group.schedule.MeetingPattern;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A group as coordinators, leaders and referrers see it. */
public record ContactGroupView(
        UUID id,
        String name,
        String municipality,
        Venue venue,
        MeetingPattern meetingPattern,
        String meetingPatternText,
        String method,
        Set<UUID> leaders,
        Set<ProfessionalPartner> partners,
        Set<Audience> welcome,
        Set<String> languages,
        Integer capacity,
        GroupStatus status,
        long version) {

    static ContactGroupView of(ContactGroup group) {
        MeetingPattern pattern = group.meetingPattern();
        return new ContactGroupView(group.id, group.name, group.municipality, group.venue(), pattern,
                pattern == null ? null : pattern.describe(), group.method, Set.copyOf(group.leaders),
                Set.copyOf(group.partners), Set.copyOf(group.welcome), Set.copyOf(group.languages),
                group.capacity, group.status, group.version);
    }

    static List<ContactGroupView> of(List<ContactGroup> groups) {
        return groups.stream().map(ContactGroupView::of).toList();
    }
}
