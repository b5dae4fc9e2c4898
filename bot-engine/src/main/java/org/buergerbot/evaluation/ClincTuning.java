package org.buergerbot.evaluation;

import java.io.PrintStream;
import java.util.List;

import org.buergerbot.nlu.FeatureSet;
import org.buergerbot.nlu.TrainingSettings;

/** Sweeps classifier settings on CLINC150's validation data only (the test split is never looked at here). */
final class ClincTuning {

    private ClincTuning() {
    }

    static void run(PrintStream out) {
        ClincBenchmark clinc = ClincBenchmark.fromSharedData();
        TrainingSettings base = TrainingSettings.BENCHMARKS;
        // Round 1 (words + bigrams, l2 0.5, k 10, weight 0.5): maxent alone, kNN alone, k 25, l2 0.1 / 2.0 and
        // char 3-5-grams; l2 0.1 and char n-grams both helped. Round 2 combines them.
        FeatureSet chars = new FeatureSet(true, true, 3, 5);
        List<TrainingSettings> candidates = List.of(
                base.withFeatures(chars).withCosts(0.0, 0.1),
                base.withFeatures(chars).withCosts(0.0, 0.25),
                base.withFeatures(chars).withCosts(0.0, 0.1).withVote(10, 0.65));
        for (TrainingSettings settings : candidates) {
            out.println(settings);
            ClincBenchmark.print(out, clinc.thresholdProtocol(settings, false));
        }
    }
}
