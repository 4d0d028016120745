package be.koepel.volunteer.volunteer;

/** The trainings a peer supporter follows; {@link #HOSPITAL_INDUCTION} is given per hospital. */
public enum TrainingType {
    MOTIVATIONAL_INTERVIEWING,
    RELAPSE_PREVENTION,
    DEONTOLOGY_AND_CONFIDENTIALITY,
    HOSPITAL_INDUCTION;

    public boolean perHospital() {
        return this == HOSPITAL_INDUCTION;
    }
}
