package be.koepel.group.contactgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A professional organisation that backs the group, and whom to contact there. */
@Embeddable
public record ProfessionalPartner(
        @Column(name = "organisation", nullable = false) @NotBlank @Size(max = 200) String organisation,
        @Column(name = "contact") @Size(max = 300) String contact) {
}
