package be.koepel.group.contactgroup;

/** Who a contact group welcomes: the person, their family, professionals. */
public enum Audience {
    PERSONS, FAMILY, PROFESSIONALS
}
