package be.koepel.referral.referral;

import be.koepel.referral.organisation.ReferringOrganisation.Type;
import java.util.Optional;

/**
 * How a referral came in: the TDI source categories. Each referring organisation type has its
 * channels; self- and family referrals have no referring organisation and are entered by a
 * coordinator of the network.
 */
public enum Channel {
    /** Hospital emergency department: urgent, an on-call peer is paged at once. */
    ER(Type.HOSPITAL),
    /** A hospital ward, after admission. */
    WARD(Type.HOSPITAL),
    GP(Type.GP),
    OCMW(Type.OCMW),
    CAW(Type.CAW),
    DRUG_SERVICE(Type.DRUG_SERVICE),
    JUSTICE(Type.JUSTICE),
    OTHER(Type.OTHER),
    /** The person asked for a peer themselves; a coordinator enters it. */
    SELF(null),
    /** A family member asked for a peer; a coordinator enters it. */
    FAMILY(null);

    private final Type organisationType;

    Channel(Type organisationType) {
        this.organisationType = organisationType;
    }

    public boolean isUrgent() {
        return this == ER;
    }

    /** The organisation type that refers through this channel; empty for self and family referrals. */
    public Optional<Type> organisationType() {
        return Optional.ofNullable(organisationType);
    }

    public boolean isEnteredByCoordinator() {
        return organisationType == null;
    }

    public boolean isHospital() {
        return organisationType == Type.HOSPITAL;
    }
}
