package be.koepel.group.attendance;

public enum AttendeeKind {
    PERSON, FAMILY, PROFESSIONAL
}
