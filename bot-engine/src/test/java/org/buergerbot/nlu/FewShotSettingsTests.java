package org.buergerbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.buergerbot.knowledge.TextAnalyzers;
import org.junit.jupiter.api.Test;

class FewShotSettingsTests {

    private static final List<IntentSample> UNEVEN = List.of(
            new IntentSample("reset_device", "how do i reset my router"),
            new IntentSample("reset_device", "how do i reset my phone"),
            new IntentSample("reset_device", "how do i reset my laptop"),
            new IntentSample("reset_device", "how do i reset my tv"),
            new IntentSample("password", "reset password"));

    @Test
    void balancingRepeatsTheSmallerIntentsUpToTheLargest() {
        Map<String, Long> counts = IntentTrainer.balanced(UNEVEN).stream()
                .collect(Collectors.groupingBy(IntentSample::intent, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("reset_device", 4L, "password", 4L));
        assertThat(IntentTrainer.balanced(UNEVEN)).containsAll(UNEVEN);
    }

    @Test
    void withTheBestNeighbourPerIntentManySimilarExamplesNoLongerOutvoteACloserOne() {
        // Vote only (maxent weight 0): four loosely matching examples against one that shares the rare word.
        TrainingSettings summed = TrainingSettings.BENCHMARKS.withVote(10, 0.0);
        TrainingSettings best = summed.withBalance(false, true);
        String question = "how do i reset my password";
        assertThat(top(summed, question)).isEqualTo("reset_device");
        assertThat(top(best, question)).isEqualTo("password");
    }

    @Test
    void balancedTrainingLiftsTheSmallIntentsProbability() {
        TrainingSettings maxentOnly = TrainingSettings.BENCHMARKS.withVote(10, 1.0);
        String question = "reset my password";
        assertThat(confidence(maxentOnly.withBalance(true, false), question, "password"))
                .isGreaterThan(confidence(maxentOnly, question, "password"));
    }

    private static String top(TrainingSettings settings, String text) {
        return classify(settings, c -> c.classify(text).best().intent());
    }

    private static double confidence(TrainingSettings settings, String text, String intent) {
        return classify(settings, c -> c.classify(text).confidenceOf(intent));
    }

    private static <T> T classify(TrainingSettings settings, Function<HybridIntentClassifier, T> query) {
        try (HybridIntentClassifier classifier = new IntentTrainer(TextAnalyzers.english(), "en")
                .train(UNEVEN, settings)) {
            return query.apply(classifier);
        }
    }
}
