package be.koepel.volunteer.matching;

/** How much each factor counts; {@code score = Σ weight × value}. Plain, so the scorer is tested without Quarkus. */
public record MatchWeights(double language, double genderPreference, double livedExperience, double age,
        double municipality, double load, double fairSpread) {

    public MatchWeights {
        for (double weight : new double[] {language, genderPreference, livedExperience, age, municipality, load,
                fairSpread}) {
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("match weights must be zero or more");
            }
        }
    }

    static MatchWeights of(MatchingConfig.Weights config) {
        return new MatchWeights(config.language(), config.genderPreference(), config.livedExperience(), config.age(),
                config.municipality(), config.load(), config.fairSpread());
    }
}
