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
     * Everything that defines one intent model, so the server and the ahead-of-time training name it once.
     *
     * @param analysis a fingerprint of what decides the analyzer's output (options, dictionaries): part of the
     *                 cache key, so a changed synonym file retrains instead of loading a model with stale features
     */
    public record Recipe(TrainingCorpus corpus, Analyzer analyzer, String analysis, TrainingSettings settings) {
    }

    public HybridIntentClassifier classifier(Recipe recipe) {
        IntentTrainer trainer = new IntentTrainer(recipe.analyzer(), recipe.corpus().lang());
        String key = key(trainer, recipe);
        DoccatModel model = cache.load(key).orElseGet(() -> train(trainer, recipe, key));
        return trainer.assemble(model, recipe.corpus().samples(), recipe.settings());
    }

    /**
     * Trains and caches the model unless the cache already holds a readable one, without assembling a
     * classifier: for training ahead in a process that will not serve (see {@code ModelTraining}).
     *
     * @return whether a model was trained
     */
    public boolean ensureCached(Recipe recipe) {
        IntentTrainer trainer = new IntentTrainer(recipe.analyzer(), recipe.corpus().lang());
        String key = key(trainer, recipe);
        if (cache.load(key).isPresent()) {
            return false;
        }
        train(trainer, recipe, key);
        return true;
    }

    private static String key(IntentTrainer trainer, Recipe recipe) {
        return ModelCache.key(recipe.corpus().lang(), recipe.analysis(), trainer.prepare(recipe.corpus().samples()),
                recipe.settings());
    }

    private DoccatModel train(IntentTrainer trainer, Recipe recipe, String key) {
        List<IntentSample> samples = recipe.corpus().samples();
        long start = System.nanoTime();
        DoccatModel trained = trainer.trainMaxent(samples, recipe.settings());
        log.info("Trained the {} intent model on {} utterances in {} ms", recipe.corpus().lang(), samples.size(),
                (System.nanoTime() - start) / 1_000_000);
        cache.store(key, trained);
        return trained;
    }
}
