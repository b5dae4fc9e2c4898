package org.buergerbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.buergerbot.knowledge.TextAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentModelsTests {

    private static final TrainingCorpus CORPUS = new TrainingCorpus("en", List.of(
            new IntentSample("dog_tax", "how much is the dog tax"),
            new IntentSample("dog_tax", "register my dog for tax"),
            new IntentSample("passport", "my passport expires"),
            new IntentSample("passport", "apply for a new passport")));
    private static final TrainingSettings SETTINGS = TrainingSettings.BENCHMARKS.withIterations(20);

    @TempDir
    Path cacheDirectory;

    private final Analyzer analyzer = TextAnalyzers.english();

    @Test
    void trainingAheadFillsTheCacheOnceAndTheServerThenLoadsTheSameModel() throws IOException {
        IntentModels models = new IntentModels(new ModelCache(cacheDirectory));

        assertThat(models.ensureCached(recipe(CORPUS, "chain-1"))).isTrue();
        assertThat(modelFiles()).hasSize(1);
        long written = Files.getLastModifiedTime(modelFiles().getFirst()).toMillis();
        assertThat(models.ensureCached(recipe(CORPUS, "chain-1"))).isFalse();

        try (HybridIntentClassifier classifier = models.classifier(recipe(CORPUS, "chain-1"))) {
            assertThat(classifier.classify("what does the dog tax cost").best().intent()).isEqualTo("dog_tax");
        }
        assertThat(modelFiles()).hasSize(1);
        assertThat(Files.getLastModifiedTime(modelFiles().getFirst()).toMillis()).isEqualTo(written);
    }

    @Test
    void changedDataOrAnalysisTrainsANewModel() throws IOException {
        IntentModels models = new IntentModels(new ModelCache(cacheDirectory));
        models.ensureCached(recipe(CORPUS, "chain-1"));

        assertThat(models.ensureCached(recipe(CORPUS, "chain-2"))).isTrue();
        List<IntentSample> more = new ArrayList<>(CORPUS.samples());
        more.add(new IntentSample("passport", "lost my passport"));
        assertThat(models.ensureCached(recipe(new TrainingCorpus("en", more), "chain-1"))).isTrue();
        assertThat(modelFiles()).hasSize(3);
    }

    @Test
    void anUnreadableCachedModelIsRetrainedInsteadOfFailingTheStart() throws IOException {
        IntentModels models = new IntentModels(new ModelCache(cacheDirectory));
        models.ensureCached(recipe(CORPUS, "chain-1"));
        Files.writeString(modelFiles().getFirst(), "not a model");
        assertThat(models.ensureCached(recipe(CORPUS, "chain-1"))).isTrue();
        Files.writeString(modelFiles().getFirst(), "not a model");

        try (HybridIntentClassifier classifier = models.classifier(recipe(CORPUS, "chain-1"))) {
            assertThat(classifier.classify("renew my passport").best().intent()).isEqualTo("passport");
        }
        assertThat(Files.size(modelFiles().getFirst())).isGreaterThan(100);
    }

    private IntentModels.Recipe recipe(TrainingCorpus corpus, String analysis) {
        return new IntentModels.Recipe(corpus, analyzer, analysis, SETTINGS);
    }

    private List<Path> modelFiles() throws IOException {
        try (var files = Files.list(cacheDirectory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bin")).toList();
        }
    }
}
