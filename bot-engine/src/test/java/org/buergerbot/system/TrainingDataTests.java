package org.buergerbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.buergerbot.knowledge.AnalysisOptions;
import org.buergerbot.knowledge.FaqEntry;
import org.buergerbot.knowledge.ServiceCatalog;
import org.buergerbot.nlu.IntentSample;
import org.buergerbot.nlu.TrainingCorpus;
import org.junit.jupiter.api.Test;

/** The seeded German data is complete, valid and keeps training and held-out questions apart. */
class TrainingDataTests {

    static final int MIN_SERVICE_UTTERANCES = 30;
    static final int MIN_CONVERSATION_UTTERANCES = 20;
    static final int MIN_OFF_TOPIC = 400;
    static final int MIN_HELD_OUT_PER_INTENT = 6;
    static final int MIN_HELD_OUT_OFF_TOPIC = 80;

    private static final SeededKnowledge DE = SeededKnowledge.load("de");
    /** Every training utterance (FAQ question variants included) as a comparison key. */
    private static final Set<String> TRAINING_KEYS = DE.corpus().samples().stream()
            .map(s -> TrainingCorpus.key(s.text())).collect(Collectors.toSet());

    @Test
    void everyCatalogueServiceHasAValidMainEntry() {
        Set<String> ids = DE.entries().stream().map(FaqEntry::id).collect(Collectors.toSet());
        assertThat(DE.catalog().services()).extracting(ServiceCatalog.Item::id)
                .allSatisfy(id -> assertThat(ids).as("main FAQ entry of %s", id).contains(id));
    }

    @Test
    void everyIntentHasEnoughTrainingUtterances() {
        Map<String, Long> counts = DE.corpus().samples().stream()
                .collect(Collectors.groupingBy(IntentSample::intent, Collectors.counting()));
        for (ServiceCatalog.Item item : DE.catalog().items()) {
            int min = item.kind() == ServiceCatalog.Kind.SERVICE ? MIN_SERVICE_UTTERANCES : MIN_CONVERSATION_UTTERANCES;
            assertThat(counts.getOrDefault(item.id(), 0L)).as("utterances of %s", item.id()).isGreaterThanOrEqualTo(min);
        }
        assertThat(counts.getOrDefault(TrainingCorpus.OFF_TOPIC, 0L)).isGreaterThanOrEqualTo(MIN_OFF_TOPIC);
    }

    @Test
    void noQuestionIsTrainedForTwoIntents() {
        Map<String, Set<String>> intentsByQuestion = new HashMap<>();
        for (IntentSample s : DE.corpus().samples()) {
            intentsByQuestion.computeIfAbsent(TrainingCorpus.key(s.text()), k -> new java.util.TreeSet<>())
                    .add(s.intent());
        }
        assertThat(intentsByQuestion.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue()).toList()).isEmpty();
    }

    @Test
    void heldOutCoversEveryIntentAndNeverAppearsInTrainingData() {
        assertCoversEveryIntentAndStaysOutOfTraining(TrainingCorpus.HELD_OUT, MIN_HELD_OUT_PER_INTENT,
                MIN_HELD_OUT_OFF_TOPIC);
    }

    @Test
    void bothHalvesOfTheFreshSetCoverEveryIntentAndNeverAppearInTrainingData() {
        assertCoversEveryIntentAndStaysOutOfTraining(TrainingCorpus.FRESH_DEV, 2, 15);
        assertCoversEveryIntentAndStaysOutOfTraining(TrainingCorpus.FRESH_TEST, 2, 15);
    }

    @Test
    void theBlindSetCoversEveryIntentAndNeverAppearsInTrainingData() {
        assertCoversEveryIntentAndStaysOutOfTraining(TrainingCorpus.BLIND_TEST, 3, 25);
    }

    /**
     * An evaluation set labels only catalogue intents and "off-topic", has at least {@code minPerIntent}
     * questions for every catalogue intent and {@code minOffTopic} off-topic ones, and shares no question
     * (normalised) with the training data.
     */
    private static void assertCoversEveryIntentAndStaysOutOfTraining(String set, int minPerIntent, int minOffTopic) {
        List<IntentSample> questions = TrainingCorpus.evaluationSet("de", set);
        Map<String, Long> counts = questions.stream()
                .collect(Collectors.groupingBy(IntentSample::intent, Collectors.counting()));
        for (ServiceCatalog.Item item : DE.catalog().items()) {
            assertThat(counts.getOrDefault(item.id(), 0L)).as("%s questions of %s", set, item.id())
                    .isGreaterThanOrEqualTo(minPerIntent);
        }
        assertThat(counts.getOrDefault(TrainingCorpus.OFF_TOPIC, 0L)).as("%s off-topic questions", set)
                .isGreaterThanOrEqualTo(minOffTopic);
        assertThat(counts.keySet()).allSatisfy(intent -> assertThat(
                DE.catalog().contains(intent) || TrainingCorpus.OFF_TOPIC.equals(intent)).as(intent).isTrue());
        assertThat(questions.stream().filter(s -> TRAINING_KEYS.contains(TrainingCorpus.key(s.text())))
                .map(IntentSample::text).toList()).as("%s questions also in training data", set).isEmpty();
    }

    @Test
    void bothHalvesOfTheEntryQuestionsAskForEveryEntryAndNeverAppearInTrainingData() {
        // The corpus includes every entry's question variants, so this also keeps those out.
        Set<String> entryIds = DE.entries().stream().map(FaqEntry::id).collect(Collectors.toSet());
        for (String half : List.of("entries-dev", "entries-test")) {
            List<IntentSample> questions = TrainingCorpus.evaluationSet("de", half);
            assertThat(questions.stream().map(IntentSample::intent).collect(Collectors.toSet())).as(half)
                    .isEqualTo(entryIds);
            assertThat(questions.stream().filter(s -> TRAINING_KEYS.contains(TrainingCorpus.key(s.text())))
                    .map(IntentSample::text).toList()).as("%s questions also in training data", half).isEmpty();
        }
    }

    @Test
    void analysisDictionariesLoadAndAreUsed() {
        assertThat(DE.resources().synonymRules()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(DE.resources().compoundParts()).hasSizeGreaterThanOrEqualTo(200);
        var analyzer = DE.analyzer(AnalysisOptions.ALL);
        assertThat(org.buergerbot.knowledge.TextAnalyzers.terms(analyzer, "Perso"))
                .isEqualTo(org.buergerbot.knowledge.TextAnalyzers.terms(analyzer, "Personalausweis"));
    }

    @Test
    void shortAnswersStayShortAndPlaceholdersAreKnown() {
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
        java.util.regex.Pattern known = java.util.regex.Pattern.compile(
                "municipality\\.name|hotline|links\\.(appointment|onlineServices|privacy)"
                        + "|office\\.(name|address|phone|email|hours|url)"
                        + "|offices\\.[a-z]+\\.(name|address|phone|email|hours|url)");
        for (FaqEntry e : DE.entries()) {
            assertThat(e.shortAnswer().length()).as(e.id()).isLessThanOrEqualTo(FaqEntry.SHORT_ANSWER_MAX_LENGTH);
            String all = String.join(" ", e.shortAnswer(), e.fullText(), String.join(" ", e.procedure()),
                    String.join(" ", e.requiredDocuments()), String.join(" ", e.fees()));
            var m = placeholder.matcher(all);
            while (m.find()) {
                assertThat(known.matcher(m.group(1)).matches()).as("placeholder %s in %s", m.group(1), e.id()).isTrue();
            }
        }
    }
}
