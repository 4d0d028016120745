package be.koepel.volunteer.volunteer;

/** Categories of lived experience, coarse on purpose: enough to match, not a clinical history. */
public enum Substance {
    ALCOHOL, CANNABIS, COCAINE, OTHER_STIMULANTS, OPIATES, MEDICATION, GAMBLING_GAMING, OTHER
}
