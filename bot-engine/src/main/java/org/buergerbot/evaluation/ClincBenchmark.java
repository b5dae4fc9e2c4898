package org.buergerbot.evaluation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.buergerbot.knowledge.TextAnalyzers;
import org.buergerbot.nlu.HybridIntentClassifier;
import org.buergerbot.nlu.IntentPrediction;
import org.buergerbot.nlu.IntentSample;
import org.buergerbot.nlu.IntentTrainer;
import org.buergerbot.nlu.TrainingSettings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CLINC150 (Larson et al. 2019), "full" split: train on {@code train}, choose one global threshold on
 * {@code val + oos_val}, report in-scope accuracy on {@code test} (rejections count as wrong) and out-of-scope
 * recall on {@code oos_test}; and the oos-train variant, where {@code oos_train} is a 151st class.
 */
public final class ClincBenchmark {

    static final String OOS = "oos";
    private static final double REJECT_OOS_CLASS = 1e-9;

    /** Figures of one run. */
    public record Result(String variant, double threshold, double valTopOneAccuracy, double valInScopeAccuracy,
                         double valOosRecall,
                         double testInScopeAccuracy, double testOosRecall, long trainMillis, double msPerQuery) {
    }

    private final JsonNode data;

    public ClincBenchmark(Path file) {
        this.data = JsonMapper.builder().build().readTree(file.toFile());
    }

    public static ClincBenchmark fromSharedData() {
        return new ClincBenchmark(Benchmarks.directory().resolve("clinc150/data_full.json"));
    }

    public Result thresholdProtocol(TrainingSettings settings, boolean evaluateTest) {
        return run("threshold", samples("train"), settings, evaluateTest);
    }

    public Result oosTrain(TrainingSettings settings, boolean evaluateTest) {
        List<IntentSample> train = new ArrayList<>(samples("train"));
        train.addAll(samples("oos_train"));
        return run("oos-train", train, settings, evaluateTest);
    }

    private Result run(String variant, List<IntentSample> train, TrainingSettings settings, boolean evaluateTest) {
        IntentTrainer trainer = new IntentTrainer(TextAnalyzers.english(), "en");
        long start = System.nanoTime();
        try (HybridIntentClassifier classifier = trainer.train(train, settings)) {
            long trainMillis = (System.nanoTime() - start) / 1_000_000;
            boolean oosClass = variant.equals("oos-train");
            List<ThresholdSweep.Outcome> val = outcomes(classifier, "val", "oos_val", oosClass);
            // With an oos class a prediction of it has confidence 0, so any positive threshold rejects exactly those.
            ThresholdSweep.Point chosen = oosClass ? ThresholdSweep.at(val, REJECT_OOS_CLASS)
                    : ThresholdSweep.choose(val);
            double testAcc = Double.NaN, testRecall = Double.NaN, msPerQuery = Double.NaN;
            if (evaluateTest) {
                long t0 = System.nanoTime();
                List<ThresholdSweep.Outcome> test = outcomes(classifier, "test", "oos_test", oosClass);
                msPerQuery = (System.nanoTime() - t0) / 1e6 / test.size();
                ThresholdSweep.Point p = ThresholdSweep.at(test, chosen.threshold());
                testAcc = p.inScopeAccuracy();
                testRecall = p.oosRecall();
            }
            return new Result(variant, chosen.threshold(), ThresholdSweep.at(val, 0).inScopeAccuracy(),
                    chosen.inScopeAccuracy(), chosen.oosRecall(), testAcc, testRecall, trainMillis, msPerQuery);
        }
    }

    /** With an oos class, predicting it counts as a rejection (confidence 0); otherwise the threshold decides. */
    private List<ThresholdSweep.Outcome> outcomes(HybridIntentClassifier classifier, String inScope, String oos,
                                                  boolean oosClass) {
        List<ThresholdSweep.Outcome> outcomes = new ArrayList<>();
        for (String split : List.of(inScope, oos)) {
            for (IntentSample s : samples(split)) {
                IntentPrediction p = classifier.classify(s.text());
                double confidence = oosClass && OOS.equals(p.best().intent()) ? 0 : p.best().confidence();
                outcomes.add(new ThresholdSweep.Outcome(!split.equals(oos), p.best().intent().equals(s.intent()),
                        confidence));
            }
        }
        return outcomes;
    }

    List<IntentSample> samples(String split) {
        List<IntentSample> samples = new ArrayList<>();
        for (JsonNode pair : data.get(split)) {
            samples.add(new IntentSample(pair.get(1).asString(), pair.get(0).asString()));
        }
        return samples;
    }

    public static void print(PrintStream out, Result r) {
        out.printf("CLINC150 %-9s  threshold %.3f | val: top-1 %5.1f%%, in-scope acc %5.1f%%, oos recall %5.1f%% | "
                        + "test: in-scope acc %5.1f%%, oos recall %5.1f%% | train %d s, %.2f ms/query%n",
                r.variant(), r.threshold(), 100 * r.valTopOneAccuracy(), 100 * r.valInScopeAccuracy(),
                100 * r.valOosRecall(),
                100 * r.testInScopeAccuracy(), 100 * r.testOosRecall(), r.trainMillis() / 1000, r.msPerQuery());
    }
}
