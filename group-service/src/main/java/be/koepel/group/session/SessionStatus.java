package be.koepel.group.session;

public enum SessionStatus {
    SCHEDULED, CANCELLED
}
