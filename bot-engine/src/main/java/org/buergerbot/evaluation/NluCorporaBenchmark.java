package org.buergerbot.evaluation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.buergerbot.knowledge.TextAnalyzers;
import org.buergerbot.nlu.HybridIntentClassifier;
import org.buergerbot.nlu.IntentSample;
import org.buergerbot.nlu.IntentTrainer;
import org.buergerbot.nlu.TrainingSettings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * NLU Evaluation Corpora (Braun et al. 2017): train on sentences flagged {@code training}, test on the rest
 * (the test sentences are never used to choose anything).
 * Every sentence gets exactly one predicted intent ("None" is an intent like any other), so micro F1 over the
 * intents equals the share of test sentences classified correctly.
 */
public final class NluCorporaBenchmark {

    public static final List<String> CORPORA = List.of("ChatbotCorpus", "AskUbuntuCorpus", "WebApplicationsCorpus");

    /** Correct and total test sentences of one corpus, and the vote chosen by cross-validation on its training part. */
    public record Result(String corpus, int correct, int total, String chosen) {
        public double microF1() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    public List<Result> run(TrainingSettings settings) {
        List<Result> results = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String corpus : CORPORA) {
            JsonNode root = json.readTree(Benchmarks.directory().resolve("nlu-evaluation-corpora/" + corpus + ".json")
                    .toFile());
            List<IntentSample> train = new ArrayList<>();
            List<IntentSample> test = new ArrayList<>();
            for (JsonNode s : root.get("sentences")) {
                IntentSample sample = new IntentSample(s.get("intent").asString(), s.get("text").asString());
                (s.get("training").asBoolean() ? train : test).add(sample);
            }
            IntentTrainer trainer = new IntentTrainer(TextAnalyzers.english(), "en");
            TrainingSettings chosen = crossValidateVote(trainer, train, settings);
            int correct = 0;
            try (HybridIntentClassifier classifier = trainer.train(train, chosen)) {
                for (IntentSample s : test) {
                    if (classifier.classify(s.text()).best().intent().equals(s.intent())) {
                        correct++;
                    }
                }
            }
            results.add(new Result(corpus, correct, test.size(),
                    "l2 " + chosen.l2Cost() + ", k " + chosen.neighbours() + ", maxent weight " + chosen.maxentWeight()));
        }
        return results;
    }

    static final int FOLDS = 5;

    /**
     * These corpora have 30 to 100 training sentences, far fewer than the benchmark settings were chosen for; the
     * nearest-neighbour vote is chosen per corpus by 5-fold cross-validation on its training sentences only.
     */
    static TrainingSettings crossValidateVote(IntentTrainer trainer, List<IntentSample> train, TrainingSettings base) {
        int[][] votes = {{3, 50}, {3, 70}, {5, 50}, {5, 70}, {10, 50}, {10, 70}, {10, 100}};
        double[] l2s = {0.1, 0.5, 2.0};
        int[][] correct = new int[l2s.length][votes.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<IntentSample> fit = new ArrayList<>();
            List<IntentSample> check = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                (i % FOLDS == fold ? check : fit).add(train.get(i));
            }
            for (int c = 0; c < l2s.length; c++) {
                TrainingSettings costs = base.withCosts(base.l1Cost(), l2s[c]);
                var model = trainer.trainMaxent(fit, costs);
                for (int v = 0; v < votes.length; v++) {
                    try (HybridIntentClassifier classifier = trainer.assemble(model, fit,
                            costs.withVote(votes[v][0], votes[v][1] / 100.0))) {
                        for (IntentSample s : check) {
                            if (classifier.classify(s.text()).best().intent().equals(s.intent())) {
                                correct[c][v]++;
                            }
                        }
                    }
                }
            }
        }
        int bestCost = 1;
        int bestVote = 4;
        for (int c = 0; c < l2s.length; c++) {
            for (int v = 0; v < votes.length; v++) {
                if (correct[c][v] > correct[bestCost][bestVote]) {
                    bestCost = c;
                    bestVote = v;
                }
            }
        }
        return base.withCosts(base.l1Cost(), l2s[bestCost])
                .withVote(votes[bestVote][0], votes[bestVote][1] / 100.0);
    }

    public static void print(PrintStream out, List<Result> results) {
        int correct = 0, total = 0;
        for (Result r : results) {
            out.printf("NLU corpora %-22s micro F1 %.3f (%d/%d), vote by cross-validation: %s%n", r.corpus(),
                    r.microF1(), r.correct(), r.total(), r.chosen());
            correct += r.correct();
            total += r.total();
        }
        out.printf("NLU corpora %-22s micro F1 %.3f (%d/%d)%n", "overall", (double) correct / total, correct, total);
    }
}
