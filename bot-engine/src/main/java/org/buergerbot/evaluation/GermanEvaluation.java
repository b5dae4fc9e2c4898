package org.buergerbot.evaluation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.buergerbot.dialogue.Action;
import org.buergerbot.dialogue.AnswerEngine;
import org.buergerbot.dialogue.BotReply;
import org.buergerbot.dialogue.DecisionPolicy;
import org.buergerbot.dialogue.DecisionThresholds;
import org.buergerbot.dialogue.LocalFacts;
import org.buergerbot.dialogue.MunicipalityProperties;
import org.buergerbot.knowledge.AnalysisOptions;
import org.buergerbot.knowledge.KnowledgeBase;
import org.buergerbot.nlu.HybridIntentClassifier;
import org.buergerbot.nlu.IntentSample;
import org.buergerbot.nlu.IntentTrainer;
import org.buergerbot.nlu.LanguageDetection;
import org.buergerbot.nlu.TrainingCorpus;
import org.buergerbot.nlu.TrainingSettings;
import org.buergerbot.system.SeededKnowledge;

/**
 * The project's own German data: thresholds tuned on a validation split of the training utterances, then the
 * held-out set answered through the same {@link AnswerEngine} path the API uses, with a model trained on all
 * training utterances (as the server does).
 */
public final class GermanEvaluation {

    /** Share of each intent's utterances held back for threshold tuning. */
    static final int VALIDATION_PERCENT = 15;

    private final SeededKnowledge knowledge = SeededKnowledge.load("de");

    /**
     * Chooses the vote settings (neighbours, maxent weight) and the thresholds on the validation split: the
     * maximum-entropy model is trained once on the training part; each vote setting reuses it.
     */
    public DecisionThresholds tune(PrintStream out, TrainingSettings settings) {
        TrainingCorpus.Split split = knowledge.corpus().split(VALIDATION_PERCENT);
        Analyzer analyzer = knowledge.analyzer(AnalysisOptions.INTENTS);
        IntentTrainer trainer = new IntentTrainer(analyzer, "de");
        var model = trainer.trainMaxent(split.train(), settings);
        out.printf("German tuning: %d validation utterances, model trained on %d%n", split.validation().size(),
                split.train().size());
        DecisionThresholds best = null;
        List<PolicyTuning.Labelled> bestValidation = List.of();
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k : new int[] {5, 10}) {
            for (double weight : new double[] {0.5, 0.7, 1.0}) {
                TrainingSettings vote = settings.withVote(k, weight);
                try (HybridIntentClassifier classifier = trainer.assemble(model, split.train(), vote)) {
                    List<PolicyTuning.Labelled> validation = PolicyTuning.predict(classifier, split.validation());
                    long top1 = validation.stream()
                            .filter(l -> l.prediction().best().intent().equals(l.sample().intent())).count();
                    DecisionThresholds chosen = PolicyTuning.choose(validation);
                    double score = PolicyTuning.score(new DecisionPolicy(chosen), validation);
                    int[] counts = PolicyTuning.answerCounts(new DecisionPolicy(chosen), validation);
                    out.printf("  k %2d, maxent weight %.2f: top-1 %5.1f%%, answered right %5.1f%%, wrong %4.1f%%,"
                                    + " score %.1f, %s%n", k, weight, 100.0 * top1 / validation.size(),
                            100.0 * counts[0] / validation.size(), 100.0 * counts[1] / validation.size(), score,
                            chosen);
                    if (score > bestScore) {
                        bestScore = score;
                        best = chosen;
                        bestValidation = validation;
                    }
                }
            }
        }
        out.println("  best: " + best);
        PolicyTuning.printAnswerCurve(out, best, bestValidation);
        return best;
    }

    /** Answers every held-out question and prints the figures. */
    public Report evaluate(PrintStream out, TrainingSettings settings, DecisionThresholds thresholds,
                           AnalysisOptions options, boolean details) {
        return evaluate(out, Map.of("German held-out", TrainingCorpus.heldOut("de")), settings, thresholds,
                options, details, false).get("German held-out");
    }

    /**
     * The held-out set in detail, then both halves of the fresh set and the blind set (both written from the
     * catalogue alone), all answered by one engine.
     */
    public Map<String, Report> evaluateAll(PrintStream out) {
        List<IntentSample> dev = TrainingCorpus.evaluationSet("de", TrainingCorpus.FRESH_DEV);
        List<IntentSample> test = TrainingCorpus.evaluationSet("de", TrainingCorpus.FRESH_TEST);
        Map<String, List<IntentSample>> sets = new LinkedHashMap<>();
        sets.put("German held-out", TrainingCorpus.heldOut("de"));
        sets.put("German fresh set, dev half", dev);
        sets.put("German fresh set, test half", test);
        sets.put("German blind set (test only)", TrainingCorpus.evaluationSet("de", TrainingCorpus.BLIND_TEST));
        sets.put(FRAMED + "dev half", framed(dev));
        sets.put(FRAMED + "test half", framed(test));
        sets.put(MISSPELT + "dev half", misspelt(dev));
        sets.put(MISSPELT + "test half", misspelt(test));
        return evaluate(out, sets, TrainingSettings.DEFAULT, DecisionThresholds.DEFAULT, AnalysisOptions.ALL, true,
                false, (engine, kb) -> {
                    for (String half : List.of(EntryEvaluation.DEV, EntryEvaluation.TEST)) {
                        EntryEvaluation.endToEnd(out, "German " + half, engine, kb,
                                EntryEvaluation.questions(half));
                    }
                });
    }

    /** The entry search alone on both halves of the entry questions (no model is trained). */
    public void evaluateEntries(PrintStream out) {
        try (KnowledgeBase kb = knowledge.knowledgeBase(knowledge.analyzer(AnalysisOptions.ALL))) {
            EntryEvaluation.retrieval(out, "German " + EntryEvaluation.DEV, kb,
                    EntryEvaluation.questions(EntryEvaluation.DEV), true);
            EntryEvaluation.retrieval(out, "German " + EntryEvaluation.TEST, kb,
                    EntryEvaluation.questions(EntryEvaluation.TEST), false);
        }
    }

    private static final String FRAMED = "German fresh set with greetings and letter closings, ";
    private static final String MISSPELT = "German fresh set with typing errors, ";

    /** Greetings and closings citizens put around a question, in chat and in letters; {@code %s} is the question. */
    static final List<String> FRAMES = List.of(
            "Hallo, %s",
            "Guten Tag, %s Viele Grüße",
            "Sehr geehrte Damen und Herren, %s Mit freundlichen Grüßen",
            "Moin! %s Danke im Voraus.",
            "Hallo zusammen, %s LG",
            "Liebes Bürgeramt, %s Vielen Dank und beste Grüße, Anna Schmidt");

    /**
     * The service and off-topic questions, each wrapped in one of {@link #FRAMES} in turn: the frame must not change
     * the answer. Conversation intents are left out, since a frame changes what they mean.
     */
    static List<IntentSample> framed(List<IntentSample> questions) {
        List<IntentSample> framed = new ArrayList<>();
        for (IntentSample s : servicesAndOffTopic(questions)) {
            framed.add(new IntentSample(s.intent(), FRAMES.get(framed.size() % FRAMES.size()).formatted(s.text())));
        }
        return framed;
    }

    /** The questions whose meaning a frame or a typing error must not change. */
    private static List<IntentSample> servicesAndOffTopic(List<IntentSample> questions) {
        return questions.stream()
                .filter(s -> DecisionPolicy.isService(s.intent()) || TrainingCorpus.OFF_TOPIC.equals(s.intent()))
                .toList();
    }

    /**
     * Answers a file of labelled questions with the server's engine and prints the same figures and, for an
     * editor, every question not answered as labelled.
     */
    public Report evaluate(PrintStream out, Path questions) {
        String title = questions.toString();
        return evaluate(out, Map.of(title, LabelledQuestions.read(questions, knowledge.catalog())),
                TrainingSettings.DEFAULT, DecisionThresholds.DEFAULT, AnalysisOptions.ALL, true, true).get(title);
    }

    /** Share of the words of four letters or more that get one typing error in {@link #misspelt}. */
    static final double TYPO_RATE = 0.3;

    /**
     * The service and off-topic questions with typing errors: 30% of the words of four letters or more get one
     * inner letter swapped with the next, dropped or replaced (seeded, so every run sees the same errors).
     */
    static List<IntentSample> misspelt(List<IntentSample> questions) {
        Random random = new Random(42);
        String letters = "aeinrstlhu";
        List<IntentSample> misspelt = new ArrayList<>();
        for (IntentSample s : servicesAndOffTopic(questions)) {
            StringBuilder text = new StringBuilder();
            for (String word : s.text().split(" ")) {
                if (word.length() >= 4 && random.nextDouble() < TYPO_RATE) {
                    int i = 1 + random.nextInt(word.length() - 2);
                    word = switch (random.nextInt(3)) {
                        case 0 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
                        case 1 -> word.substring(0, i) + word.substring(i + 1);
                        default -> word.substring(0, i) + letters.charAt(random.nextInt(letters.length()))
                                + word.substring(i + 1);
                    };
                }
                text.append(text.isEmpty() ? "" : " ").append(word);
            }
            misspelt.add(new IntentSample(s.intent(), text.toString()));
        }
        return misspelt;
    }

    /** One engine (trained on all training utterances, as in the server) answers every set in turn. */
    private Map<String, Report> evaluate(PrintStream out, Map<String, List<IntentSample>> sets,
                                         TrainingSettings settings, DecisionThresholds thresholds,
                                         AnalysisOptions options, boolean details, boolean misses) {
        return evaluate(out, sets, settings, thresholds, options, details, misses, (engine, kb) -> { });
    }

    /** @param also runs after the sets, with the same engine and knowledge base */
    private Map<String, Report> evaluate(PrintStream out, Map<String, List<IntentSample>> sets,
                                         TrainingSettings settings, DecisionThresholds thresholds,
                                         AnalysisOptions options, boolean details, boolean misses,
                                         BiConsumer<AnswerEngine, KnowledgeBase> also) {
        // As in the server: retrieval drops stopwords, the intent classifier keeps them (AnalysisOptions.INTENTS).
        Analyzer intents = knowledge.analyzer(options.withStopwords(false));
        try (KnowledgeBase kb = knowledge.knowledgeBase(knowledge.analyzer(options));
             HybridIntentClassifier classifier = new IntentTrainer(intents, "de")
                     .train(knowledge.corpus().samples(), settings)) {
            AnswerEngine engine = new AnswerEngine(Map.of("de", classifier), kb, knowledge.catalog(),
                    new DecisionPolicy(thresholds), new LocalFacts(musterstadt()), LanguageDetection.fromClasspath());
            Map<String, Report> reports = new LinkedHashMap<>();
            sets.forEach((title, questions) -> {
                Report report = new Report();
                for (IntentSample s : questions) {
                    report.add(s, engine.answer(s.text(), "de"));
                }
                boolean variant = title.startsWith(FRAMED) || title.startsWith(MISSPELT);
                report.print(out, title, options, details && !variant);
                if (misses) {
                    report.printMisses(out);
                }
                reports.put(title, report);
            });
            also.accept(engine, kb);
            return reports;
        }
    }

    static MunicipalityProperties musterstadt() {
        return new MunicipalityProperties("Musterstadt", "115", Map.of(), Map.of());
    }

    /** Counts of one held-out run. */
    public static final class Report {
        int services, answeredRight, answeredOrOptioned, confidentWrong, total;
        int offTopic, offTopicNotAnswered, offTopicDeclined;
        int conversation, conversationRight, handoffAsked, handoffGiven;
        final Map<String, int[]> perIntent = new TreeMap<>(); // gold: {questions, answered right}; predicted: {.., .., answered}
        final Map<String, Integer> answeredAs = new HashMap<>();
        final Map<String, Integer> confusions = new HashMap<>();
        final Map<Action, Integer> actions = new LinkedHashMap<>();
        final List<String> misses = new ArrayList<>();

        void add(IntentSample s, BotReply r) {
            total++;
            String gold = s.intent();
            boolean handled;
            actions.merge(r.action(), 1, Integer::sum);
            boolean answered = r.action() == Action.ANSWER;
            if (answered) {
                answeredAs.merge(r.intent(), 1, Integer::sum);
                if (!gold.equals(r.intent())) {
                    confidentWrong++;
                    confusions.merge(gold + " -> " + r.intent(), 1, Integer::sum);
                }
            }
            if (DecisionPolicy.isService(gold)) {
                services++;
                int[] counts = perIntent.computeIfAbsent(gold, k -> new int[2]);
                counts[0]++;
                handled = answered && gold.equals(r.intent());
                if (handled) {
                    answeredRight++;
                    answeredOrOptioned++;
                    counts[1]++;
                } else if (r.action() == Action.CLARIFY
                        && r.options().stream().anyMatch(o -> o.service().equals(gold))) {
                    answeredOrOptioned++;
                }
            } else if (TrainingCorpus.OFF_TOPIC.equals(gold)) {
                offTopic++;
                handled = !answered;
                if (handled) {
                    offTopicNotAnswered++;
                }
                if (r.action() == Action.DECLINE) {
                    offTopicDeclined++;
                }
            } else if (DecisionPolicy.HUMAN_HANDOFF.equals(gold)) {
                handoffAsked++;
                handled = r.action() == Action.HANDOFF;
                if (handled) {
                    handoffGiven++;
                }
            } else {
                conversation++;
                handled = r.action() == Action.SMALLTALK && gold.equals(r.intent());
                if (handled) {
                    conversationRight++;
                }
            }
            if (!handled) {
                misses.add(String.format("%-26s %-9s %-26s %s", gold, r.action(), r.intent(), s.text()));
            }
        }

        void printMisses(PrintStream out) {
            out.printf("  not answered as labelled (%d): labelled intent, action, intent, question%n", misses.size());
            misses.forEach(m -> out.println("    " + m));
        }

        public double answerAccuracy() {
            return ratio(answeredRight, services);
        }

        public double answerOrClarify() {
            return ratio(answeredOrOptioned, services);
        }

        public double confidentWrongRate() {
            return ratio(confidentWrong, total);
        }

        public double offTopicNotAnsweredRate() {
            return ratio(offTopicNotAnswered, offTopic);
        }

        void print(PrintStream out, String title, AnalysisOptions options, boolean details) {
            out.printf("%s (%d questions, %s)%n", title, total, options);
            out.printf("  answer accuracy (right service, ANSWER)   %5.1f%% (%d/%d service questions)%n",
                    100 * answerAccuracy(), answeredRight, services);
            out.printf("  right service answered or among options  %5.1f%%%n", 100 * answerOrClarify());
            out.printf("  confident wrong answers                   %5.1f%% (%d of all %d)%n",
                    100 * confidentWrongRate(), confidentWrong, total);
            out.printf("  off-topic not answered / declined         %5.1f%% / %5.1f%% (of %d)%n",
                    100 * offTopicNotAnsweredRate(), 100 * ratio(offTopicDeclined, offTopic), offTopic);
            if (handoffAsked > 0) {
                out.printf("  human-handoff requests handed off         %5.1f%% (%d/%d)%n",
                        100 * ratio(handoffGiven, handoffAsked), handoffGiven, handoffAsked);
            }
            if (conversation > 0) {
                out.printf("  greeting/thanks/goodbye/about-bot right   %5.1f%% (%d/%d)%n",
                        100 * ratio(conversationRight, conversation), conversationRight, conversation);
            }
            out.printf("  actions: %s%n", actions);
            if (!details) {
                return;
            }
            out.println("  most confused (held-out intent -> answered intent):");
            confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> out.printf("    %3d  %s%n", e.getValue(), e.getKey()));
            out.println("  per service: recall (answered right / questions), precision (right / answered as it)");
            perIntent.forEach((intent, c) -> out.printf("    %-28s recall %5.1f%%  precision %5.1f%%%n", intent,
                    100 * ratio(c[1], c[0]), 100 * ratio(c[1], answeredAs.getOrDefault(intent, 0))));
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }
}
