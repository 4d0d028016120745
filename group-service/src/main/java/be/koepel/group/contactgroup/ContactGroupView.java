package be.koepel.group.contactgroup;

import java.util.UUID;

public record ContactGroupView(UUID id, String name, String municipality, long version) {

    static ContactGroupView of(ContactGroup group) {
        return new ContactGroupView(group.id, group.name, group.municipality, group.version);
    }
}
