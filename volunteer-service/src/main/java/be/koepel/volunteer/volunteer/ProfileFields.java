package be.koepel.volunteer.volunteer;

import java.time.LocalDate;
import java.util.List;

/** The profile fields that registration and an update share, so both store them the same way. */
public interface ProfileFields {

    String HOSPITAL_ID = "[a-z0-9][a-z0-9._-]*";
    /** Municipality names are stored comma-separated, so a comma cannot be part of one. */
    String MUNICIPALITY = "[^,]*[^,\\s][^,]*";

    String displayName();

    String phone();

    String email();

    List<String> languages();

    Gender gender();

    String ageBand();

    List<Substance> livedExperience();

    LocalDate recoverySince();

    List<String> municipalities();

    List<String> hospitals();

    Integer maxTrajectories();
}
