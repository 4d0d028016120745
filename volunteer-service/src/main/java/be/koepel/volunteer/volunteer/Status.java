package be.koepel.volunteer.volunteer;

/** Where a peer supporter stands in the pool. Only an active volunteer can be paged. */
public enum Status {
    /** Recruited, still in induction: not yet paged. */
    CANDIDATE,
    ACTIVE,
    /** Taking a break until a date; always respected, whatever the rota says. */
    PAUSED,
    RETIRED
}
