package be.koepel.contracts.matching;

/**
 * One factor of a candidate's match score, so that a coordinator can see why someone ranks where
 * they do: {@code contribution = weight * value}.
 *
 * @param name LANGUAGE, GENDER_PREFERENCE, LIVED_EXPERIENCE, AGE, MUNICIPALITY, LOAD or FAIR_SPREAD
 * @param weight from configuration
 * @param value between 0 (no fit) and 1 (best fit)
 * @param explanation in plain words, e.g. "speaks nl, as the person does"
 */
public record MatchFactor(String name, double weight, double value, double contribution, String explanation) {
}
