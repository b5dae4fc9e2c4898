package org.buergerbot.nlu;

/**
 * How the intent model is trained and combined. The maximum-entropy model is trained with L-BFGS
 * ({@code MAXENT_QN}); its probabilities are averaged with a BM25 nearest-neighbour vote over the training
 * utterances, weighted {@code maxentWeight : 1 - maxentWeight}.
 */
public record TrainingSettings(int iterations, double l1Cost, double l2Cost, int cutoff, int threads,
                               FeatureSet features, int neighbours, double maxentWeight) {

    /**
     * The German engine: model settings chosen on CLINC150's validation data, the vote (5 neighbours, maxent
     * weight 0.7) on the German validation split (see docs/evaluation.md). Changing them changes the model
     * cache key.
     */
    public static final TrainingSettings DEFAULT =
            new TrainingSettings(150, 0.0, 0.5, 1, 2, FeatureSet.DEFAULT, 5, 0.7);

    /** The public benchmarks: everything chosen on CLINC150's validation data. */
    public static final TrainingSettings BENCHMARKS = DEFAULT.withVote(10, 0.5);

    public TrainingSettings withFeatures(FeatureSet f) {
        return new TrainingSettings(iterations, l1Cost, l2Cost, cutoff, threads, f, neighbours, maxentWeight);
    }

    public TrainingSettings withCosts(double l1, double l2) {
        return new TrainingSettings(iterations, l1, l2, cutoff, threads, features, neighbours, maxentWeight);
    }

    public TrainingSettings withVote(int k, double weight) {
        return new TrainingSettings(iterations, l1Cost, l2Cost, cutoff, threads, features, k, weight);
    }
}
