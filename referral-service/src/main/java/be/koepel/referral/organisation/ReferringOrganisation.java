package be.koepel.referral.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** An organisation that may refer people; its id is the {@code org} claim of its tokens. */
@Entity
@Table(name = "referring_organisation")
public class ReferringOrganisation extends PanacheEntityBase {

    public enum Type { HOSPITAL, GP, OCMW, CAW, DRUG_SERVICE, JUSTICE, OTHER }

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @Column(nullable = false)
    public boolean active;

    public static Optional<ReferringOrganisation> findActive(String id) {
        return ReferringOrganisation.<ReferringOrganisation>findByIdOptional(id).filter(o -> o.active);
    }

    public be.koepel.contracts.referral.ReferringOrganisation toEvent() {
        return new be.koepel.contracts.referral.ReferringOrganisation(id, name, type.name());
    }
}
