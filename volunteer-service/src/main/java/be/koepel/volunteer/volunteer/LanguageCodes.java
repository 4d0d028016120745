package be.koepel.volunteer.volunteer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * At least one ISO 639-1 code, lower case. One constraint on the list, rather than one per
 * element, so that the problem names the field {@code languages} as the client sent it.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LanguageCodes.Validator.class)
public @interface LanguageCodes {

    String message() default "must list at least one ISO 639-1 language code, such as \"nl\"";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageCodes, List<String>> {

        @Override
        public boolean isValid(List<String> languages, ConstraintValidatorContext context) {
            return languages != null && !languages.isEmpty()
                    && languages.stream().allMatch(code -> code != null && code.matches("[a-z]{2}"));
        }
    }
}
