package be.koepel.group.contactgroup;

/** Only an active group meets; a paused one keeps its history and may resume. */
public enum GroupStatus {
    ACTIVE, PAUSED, ENDED
}
