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

        assertThat(models.ensureCached(CORPUS, analyzer, "chain-1", SETTINGS)).isTrue();
        assertThat(modelFiles()).hasSize(1);
        long written = Files.getLastModifiedTime(modelFiles().getFirst()).toMillis();
        assertThat(models.ensureCached(CORPUS, analyzer, "chain-1", SETTINGS)).isFalse();

        try (HybridIntentClassifier classifier = models.classifier(CORPUS, analyzer, "chain-1", SETTINGS)) {
            assertThat(classifier.classify("what does the dog tax cost").best().intent()).isEqualTo("dog_tax");
        }
        assertThat(modelFiles()).hasSize(1);
        assertThat(Files.getLastModifiedTime(modelFiles().getFirst()).toMillis()).isEqualTo(written);
    }

    @Test
    void changedDataOrAnalysisTrainsANewModel() throws IOException {
        IntentModels models = new IntentModels(new ModelCache(cacheDirectory));
        models.ensureCached(CORPUS, analyzer, "chain-1", SETTINGS);

        assertThat(models.ensureCached(CORPUS, analyzer, "chain-2", SETTINGS)).isTrue();
        List<IntentSample> more = new ArrayList<>(CORPUS.samples());
        more.add(new IntentSample("passport", "lost my passport"));
        assertThat(models.ensureCached(new TrainingCorpus("en", more), analyzer, "chain-1", SETTINGS)).isTrue();
        assertThat(modelFiles()).hasSize(3);
    }

    @Test
    void anUnreadableCachedModelIsRetrainedInsteadOfFailingTheStart() throws IOException {
        IntentModels models = new IntentModels(new ModelCache(cacheDirectory));
        models.ensureCached(CORPUS, analyzer, "chain-1", SETTINGS);
        Files.writeString(modelFiles().getFirst(), "not a model");
        assertThat(models.ensureCached(CORPUS, analyzer, "chain-1", SETTINGS)).isTrue();
        Files.writeString(modelFiles().getFirst(), "not a model");

        try (HybridIntentClassifier classifier = models.classifier(CORPUS, analyzer, "chain-1", SETTINGS)) {
            assertThat(classifier.classify("renew my passport").best().intent()).isEqualTo("passport");
        }
        assertThat(Files.size(modelFiles().getFirst())).isGreaterThan(100);
    }

    private List<Path> modelFiles() throws IOException {
        try (var files = Files.list(cacheDirectory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bin")).toList();
        }
    }
}
