package be.koepel.group.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SessionCancellation(@NotBlank @Size(max = 500) String reason) {
}
