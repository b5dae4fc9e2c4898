package org.buergerbot.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.buergerbot.knowledge.TextAnalyzers;
import org.buergerbot.nlu.HybridIntentClassifier;
import org.buergerbot.nlu.IntentSample;
import org.buergerbot.nlu.IntentTrainer;
import org.buergerbot.nlu.ScoredIntent;
import org.buergerbot.nlu.TrainingSettings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A validation protocol for few-shot intent data, the situation of the NLU Evaluation Corpora (30 to 100 training
 * sentences, 1 to 57 per intent) and of a municipality's first own intents. Each draw picks 2, 5 or 8 intents
 * from a pool, gives each a random number of training examples (1 to 40, so intents are unevenly sized) and
 * tests on up to twice as many of that intent's validation queries; draws of 5 or 8 intents also get a small
 * "None" intent of unrelated questions, as AskUbuntu and WebApplications have. Pools: CLINC150 {@code train} →
 * {@code val} (in-scope) and MASSIVE en-US {@code train} → {@code dev}; no test split is read. The draws are
 * seeded, so every setting sees the same data.
 */
public final class FewShotEvaluation {

    static final int DRAWS_PER_POOL = 60;
    private static final int[] INTENTS_PER_DRAW = {2, 5, 8};
    private static final int[] EXAMPLES_PER_INTENT = {1, 2, 3, 5, 7, 10, 13, 17, 25, 40};
    private static final int NONE_TEST = 4;
    private static final String NONE = NluCorporaBenchmark.NONE;

    record Pool(String name, Map<String, List<String>> train, Map<String, List<String>> validation) {
    }

    record Draw(List<IntentSample> train, List<IntentSample> test) {
    }

    /** A way of training on a draw, e.g. fixed settings or settings chosen by cross-validation on it. */
    record Candidate(String name, BiFunction<IntentTrainer, List<IntentSample>, TrainingSettings> settings,
                     UnaryOperator<List<IntentSample>> data) {
        Candidate(String name, BiFunction<IntentTrainer, List<IntentSample>, TrainingSettings> settings) {
            this(name, settings, UnaryOperator.identity());
        }

        static Candidate fixed(String name, TrainingSettings settings) {
            return new Candidate(name, (trainer, train) -> settings);
        }
    }

    /** The few-shot settings before the prototypes were added. */
    private static final TrainingSettings BOTH = TrainingSettings.FEW_SHOT.withPrototypes(
            TrainingSettings.BENCHMARKS.maxentWeight(), 0);

    public static void run(PrintStream out) {
        run(out, List.of(
                Candidate.fixed("benchmark settings", TrainingSettings.BENCHMARKS),
                Candidate.fixed("+ balanced intents", TrainingSettings.BENCHMARKS.withBalance(true, false)),
                Candidate.fixed("+ best neighbour per intent", TrainingSettings.BENCHMARKS.withBalance(false, true)),
                Candidate.fixed("balanced + best neighbour (both)", BOTH),
                new Candidate("benchmark settings, vote by cross-validation", (trainer, train) ->
                        crossValidateVote(trainer, train, TrainingSettings.BENCHMARKS)),
                new Candidate("both, vote by cross-validation", (trainer, train) ->
                        crossValidateVote(trainer, train, BOTH)),
                new Candidate("both + intent names as sentences",
                        (trainer, train) -> BOTH, NluCorporaBenchmark::withIntentNames),
                new Candidate("few-shot settings (both + prototypes) + names",
                        (trainer, train) -> TrainingSettings.FEW_SHOT, NluCorporaBenchmark::withIntentNames)));
    }

    static void run(PrintStream out, List<Candidate> candidates) {
        IntentTrainer trainer = new IntentTrainer(TextAnalyzers.english(), "en");
        Map<String, List<Outcome>> all = new LinkedHashMap<>();
        for (Pool pool : List.of(clinc(), massive())) {
            List<Draw> draws = draws(pool, DRAWS_PER_POOL, new Random(42));
            for (Candidate candidate : candidates) {
                List<Outcome> outcomes = new ArrayList<>();
                for (Draw draw : draws) {
                    List<IntentSample> train = candidate.data().apply(draw.train());
                    TrainingSettings settings = candidate.settings().apply(trainer, train);
                    boolean hasNone = train.stream().anyMatch(t -> t.intent().equals(NONE));
                    try (HybridIntentClassifier classifier = trainer.train(train, settings)) {
                        for (IntentSample s : draw.test()) {
                            outcomes.add(new Outcome(s.intent(), classifier.classify(s.text()).best(), hasNone));
                        }
                    }
                }
                print(out, pool.name(), candidate.name(), outcomes);
                all.computeIfAbsent(candidate.name(), n -> new ArrayList<>()).addAll(outcomes);
            }
        }
        all.forEach((name, outcomes) -> print(out, "both", name, outcomes));
    }

    /** One test query: its intent, the classifier's best intent and confidence, and whether "None" is trained. */
    record Outcome(String gold, ScoredIntent best, boolean hasNone) {
        boolean correct(double noneBelow) {
            return NluCorporaBenchmark.predicted(best, hasNone, noneBelow).equals(gold);
        }
    }

    /** Accuracy as trained (None only when predicted), and with the best "None below" threshold on these draws. */
    private static void print(PrintStream out, String pool, String candidate, List<Outcome> outcomes) {
        double bestThreshold = 0;
        long bestCorrect = -1;
        for (int t = 0; t <= 80; t += 5) {
            double threshold = t / 100.0;
            long correct = outcomes.stream().filter(o -> o.correct(threshold)).count();
            if (correct > bestCorrect) {
                bestCorrect = correct;
                bestThreshold = threshold;
            }
        }
        long plain = outcomes.stream().filter(o -> o.correct(0)).count();
        out.printf("Few-shot %-8s %-46s accuracy %.1f%% (%d/%d); None below %.2f: %.1f%%%n", pool, candidate,
                100.0 * plain / outcomes.size(), plain, outcomes.size(), bestThreshold,
                100.0 * bestCorrect / outcomes.size());
    }

    static List<Draw> draws(Pool pool, int count, Random random) {
        // Intents with enough examples for the largest draw; CLINC150's out-of-scope label is not an intent.
        List<String> intents = new ArrayList<>(pool.train().keySet().stream()
                .filter(i -> !i.equals("oos") && pool.validation().containsKey(i))
                .filter(i -> pool.train().get(i).size() >= EXAMPLES_PER_INTENT[EXAMPLES_PER_INTENT.length - 1])
                .toList());
        List<Draw> draws = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            Collections.shuffle(intents, random);
            int size = INTENTS_PER_DRAW[d % INTENTS_PER_DRAW.length];
            List<IntentSample> train = new ArrayList<>();
            List<IntentSample> test = new ArrayList<>();
            for (String intent : intents.subList(0, size)) {
                int n = EXAMPLES_PER_INTENT[random.nextInt(EXAMPLES_PER_INTENT.length)];
                sample(pool.train().get(intent), n, random).forEach(t -> train.add(new IntentSample(intent, t)));
                sample(pool.validation().get(intent), 2 * n, random)
                        .forEach(t -> test.add(new IntentSample(intent, t)));
            }
            if (size >= 5) {
                // As in AskUbuntu and WebApplications: a small "None" intent of unrelated questions, each from
                // an intent of its own; its test queries come from yet other intents.
                List<String> others = intents.subList(size, intents.size());
                int noneTrain = 2 + random.nextInt(2);
                for (int i = 0; i < noneTrain; i++) {
                    train.add(new IntentSample(NONE, sample(pool.train().get(others.get(i)), 1, random).getFirst()));
                }
                for (int i = noneTrain; i < noneTrain + NONE_TEST; i++) {
                    test.add(new IntentSample(NONE,
                            sample(pool.validation().get(others.get(i)), 1, random).getFirst()));
                }
            }
            Collections.shuffle(train, random);
            draws.add(new Draw(List.copyOf(train), List.copyOf(test)));
        }
        return draws;
    }

    private static List<String> sample(List<String> texts, int n, Random random) {
        List<String> copy = new ArrayList<>(texts);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    static Pool clinc() {
        ClincBenchmark clinc = ClincBenchmark.fromSharedData();
        return new Pool("CLINC150", byIntent(clinc.samples("train")), byIntent(clinc.samples("val")));
    }

    private static Map<String, List<String>> byIntent(List<IntentSample> samples) {
        Map<String, List<String>> texts = new TreeMap<>();
        samples.forEach(s -> texts.computeIfAbsent(s.intent(), i -> new ArrayList<>()).add(s.text()));
        return texts;
    }

    static Pool massive() {
        Map<String, List<String>> train = new TreeMap<>();
        Map<String, List<String>> dev = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (String line : Files.readAllLines(Benchmarks.directory().resolve("massive/en-US.jsonl"))) {
                JsonNode record = json.readTree(line);
                Map<String, List<String>> target = switch (record.get("partition").asString()) {
                    case "train" -> train;
                    case "dev" -> dev;
                    default -> null; // the test partition is never read
                };
                if (target != null) {
                    target.computeIfAbsent(record.get("intent").asString(), i -> new ArrayList<>())
                            .add(record.get("utt").asString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Pool("MASSIVE", train, dev);
    }

    static final int FOLDS = 5;

    /**
     * The alternative to fixed settings that was compared (and lost): L2 cost and the neighbour vote chosen per
     * training set by 5-fold cross-validation on it.
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
            if (fit.stream().map(IntentSample::intent).distinct().count() < 2) {
                continue; // a fold of a tiny draw may leave a single intent: nothing to train
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
}
