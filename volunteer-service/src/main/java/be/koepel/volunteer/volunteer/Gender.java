package be.koepel.volunteer.volunteer;

/** As the volunteer describes themselves; used only to honour a person's preference for the peer's gender. */
public enum Gender {
    FEMALE, MALE, NON_BINARY, UNDISCLOSED
}
