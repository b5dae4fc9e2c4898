package org.buergerbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.buergerbot.knowledge.TextAnalyzers;
import org.junit.jupiter.api.Test;

class IntentPrototypesTests {

    private static final List<IntentSample> UNEVEN = List.of(
            new IntentSample("reset_device", "how do i reset my router"),
            new IntentSample("reset_device", "how do i reset my phone"),
            new IntentSample("reset_device", "how do i reset my laptop"),
            new IntentSample("reset_device", "how do i reset my tv"),
            new IntentSample("password", "reset password"),
            new IntentSample("weather", "will it rain tomorrow"));

    private static final TrainingSettings PROTOTYPES_ONLY = TrainingSettings.FEW_SHOT.withPrototypes(0, 1);

    @Test
    void scoresAreADistributionThatFavoursTheIntentSharingTheRareWords() {
        IntentPrototypes prototypes = IntentPrototypes.build(List.of("a", "a", "b"), List.of(
                List.of("w=reset", "w=router"), List.of("w=reset", "w=phone"), List.of("w=rain", "w=tomorrow")));
        Map<String, Double> scores = prototypes.scores(List.of("w=rain", "w=today"));
        assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(scores.get("b")).isGreaterThan(scores.get("a"));
    }

    @Test
    void aQueryWithoutKnownFeaturesGetsNoScores() {
        IntentPrototypes prototypes = IntentPrototypes.build(List.of("a", "b"),
                List.of(List.of("w=reset"), List.of("w=rain")));
        assertThat(prototypes.scores(List.of("w=unknown"))).isEmpty();
        assertThat(prototypes.scores(List.of())).isEmpty();
    }

    @Test
    void anIntentsNumberOfExamplesDoesNotMakeItsPrototypeStronger() {
        // The prototype is a normalised mean: four similar examples weigh no more than one.
        try (HybridIntentClassifier classifier = train(PROTOTYPES_ONLY)) {
            assertThat(classifier.classify("reset my password").best().intent()).isEqualTo("password");
        }
    }

    @Test
    void theClassifierMixesThePrototypesInOnlyWhenTheyHaveWeight() {
        try (HybridIntentClassifier without = train(TrainingSettings.FEW_SHOT.withPrototypes(0.5, 0));
             HybridIntentClassifier with = train(TrainingSettings.FEW_SHOT)) {
            IntentPrediction a = without.classify("reset my password");
            IntentPrediction b = with.classify("reset my password");
            assertThat(b.confidenceOf("password")).isNotEqualTo(a.confidenceOf("password"));
            assertThat(b.ranked().stream().mapToDouble(ScoredIntent::confidence).sum()).isCloseTo(1.0, within(1e-6));
        }
    }

    @Test
    void textWithoutAnyKnownWordStillGetsAFiniteRanking() {
        try (HybridIntentClassifier classifier = train(TrainingSettings.FEW_SHOT)) {
            IntentPrediction p = classifier.classify("zzzz qqqq");
            assertThat(p.ranked()).hasSize(3).allSatisfy(s -> assertThat(s.confidence()).isFinite());
        }
    }

    @Test
    void weightsMustLeaveTheVoteANonNegativeShare() {
        assertThatThrownBy(() -> TrainingSettings.FEW_SHOT.withPrototypes(0.7, 0.4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrainingSettings.FEW_SHOT.withPrototypes(0.5, -0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TrainingSettings.FEW_SHOT.voteWeight()).isCloseTo(0.1, within(1e-9));
        assertThat(TrainingSettings.DEFAULT.prototypeWeight()).isZero();
    }

    private static HybridIntentClassifier train(TrainingSettings settings) {
        return new IntentTrainer(TextAnalyzers.english(), "en").train(UNEVEN, settings);
    }
}
