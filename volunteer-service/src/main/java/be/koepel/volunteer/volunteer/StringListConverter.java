package be.koepel.volunteer.volunteer;

import jakarta.persistence.Converter;

/** Short lists of codes or names without commas (municipalities, hospitals, substances) in one column. */
@Converter
public class StringListConverter extends LanguagesConverter {
}
