package org.buergerbot.evaluation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.buergerbot.knowledge.TextAnalyzers;
import org.buergerbot.nlu.HybridIntentClassifier;
import org.buergerbot.nlu.IntentSample;
import org.buergerbot.nlu.IntentTrainer;
import org.buergerbot.nlu.ScoredIntent;
import org.buergerbot.nlu.TrainingSettings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * NLU Evaluation Corpora (Braun et al. 2017): train on sentences flagged {@code training}, test on the rest
 * (the test sentences are never used to choose anything). With 30 to 100 training sentences these are few-shot
 * data, so they are classified with {@link TrainingSettings#FEW_SHOT}, chosen on {@link FewShotEvaluation}.
 * Every sentence gets exactly one predicted intent, so micro F1 over the intents equals the share of test
 * sentences classified correctly. "None" ("none of these") is trained like any other intent and, as with the
 * engine's out-of-scope decisions, also predicted when the best intent's confidence is below {@link #NONE_BELOW}.
 * Each intent's name is one more training sentence ({@link #withIntentNames}).
 */
public final class NluCorporaBenchmark {

    public static final List<String> CORPORA = List.of("ChatbotCorpus", "AskUbuntuCorpus", "WebApplicationsCorpus");

    static final String NONE = "None";

    /** Chosen on {@link FewShotEvaluation}'s draws (which have a small "None" intent as these corpora do). */
    static final double NONE_BELOW = 0.25;

    /** The predicted intent, "None" when the corpus has that intent and the best intent is not confident. */
    static String predicted(ScoredIntent best, boolean hasNone, double noneBelow) {
        return hasNone && best.confidence() < noneBelow ? NONE : best.intent();
    }

    /**
     * The training sentences plus each intent's name as one more sentence ("Change Password" → "change
     * password"); "None" names no topic and gets none. Chosen on {@link FewShotEvaluation}.
     */
    static List<IntentSample> withIntentNames(List<IntentSample> train) {
        List<IntentSample> out = new ArrayList<>(train);
        train.stream().map(IntentSample::intent).distinct().filter(i -> !i.equals(NONE))
                .forEach(i -> out.add(new IntentSample(i, sentenceOf(i))));
        return out;
    }

    /** "DepartureTime", "Setup Printer" or "alarm_set" as lower-case words. */
    static String sentenceOf(String intent) {
        return intent.replace('_', ' ').replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** Correct and total test sentences of one corpus. */
    public record Result(String corpus, int correct, int total) {
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
            boolean hasNone = train.stream().anyMatch(s -> s.intent().equals(NONE));
            int correct = 0;
            try (HybridIntentClassifier classifier = trainer.train(withIntentNames(train), settings)) {
                for (IntentSample s : test) {
                    if (predicted(classifier.classify(s.text()).best(), hasNone, NONE_BELOW).equals(s.intent())) {
                        correct++;
                    }
                }
            }
            results.add(new Result(corpus, correct, test.size()));
        }
        return results;
    }

    public static void print(PrintStream out, List<Result> results) {
        int correct = 0, total = 0;
        for (Result r : results) {
            out.printf("NLU corpora %-22s micro F1 %.3f (%d/%d)%n", r.corpus(), r.microF1(), r.correct(), r.total());
            correct += r.correct();
            total += r.total();
        }
        out.printf("NLU corpora %-22s micro F1 %.3f (%d/%d)%n", "overall", (double) correct / total, correct, total);
    }
}
