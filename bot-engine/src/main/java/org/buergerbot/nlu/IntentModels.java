package org.buergerbot.nlu;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import opennlp.tools.doccat.DoccatModel;

/** Loads the intent model for a corpus from the cache, or trains and caches it when the data changed. */
public final class IntentModels {

    private static final Logger log = LoggerFactory.getLogger(IntentModels.class);

    private final ModelCache cache;

    public IntentModels(ModelCache cache) {
        this.cache = cache;
    }

    /**
     * @param analysis a fingerprint of what decides the analyzer's output (options, dictionaries): part of the
     *                 cache key, so a changed synonym file retrains instead of loading a model with stale features
     */
    public HybridIntentClassifier classifier(TrainingCorpus corpus, Analyzer analyzer, String analysis,
                                             TrainingSettings settings) {
        IntentTrainer trainer = new IntentTrainer(analyzer, corpus.lang());
        String key = key(trainer, corpus, analysis, settings);
        DoccatModel model = cache.load(key).orElseGet(() -> train(trainer, corpus, key, settings));
        return trainer.assemble(model, corpus.samples(), settings);
    }

    /**
     * Trains and caches the model unless the cache already holds a readable one, without assembling a
     * classifier: for training ahead in a process that will not serve (see {@code ModelTraining}).
     *
     * @return whether a model was trained
     */
    public boolean ensureCached(TrainingCorpus corpus, Analyzer analyzer, String analysis,
                                TrainingSettings settings) {
        IntentTrainer trainer = new IntentTrainer(analyzer, corpus.lang());
        String key = key(trainer, corpus, analysis, settings);
        if (cache.load(key).isPresent()) {
            return false;
        }
        train(trainer, corpus, key, settings);
        return true;
    }

    private static String key(IntentTrainer trainer, TrainingCorpus corpus, String analysis,
                              TrainingSettings settings) {
        return ModelCache.key(corpus.lang(), analysis, trainer.prepare(corpus.samples()), settings);
    }

    private DoccatModel train(IntentTrainer trainer, TrainingCorpus corpus, String key, TrainingSettings settings) {
        List<IntentSample> samples = corpus.samples();
        long start = System.nanoTime();
        DoccatModel trained = trainer.trainMaxent(samples, settings);
        log.info("Trained the {} intent model on {} utterances in {} ms", corpus.lang(), samples.size(),
                (System.nanoTime() - start) / 1_000_000);
        cache.store(key, trained);
        return trained;
    }
}
