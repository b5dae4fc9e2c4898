package org.buergerbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One prototype per intent: the normalised mean of its training utterances' TF-IDF vectors over the
 * maximum-entropy features (words, bigrams, character n-grams). A query is scored by cosine similarity to each
 * prototype, turned into a distribution by a softmax. Unlike the nearest-neighbour vote it sees all of an
 * intent's examples at once, and unlike the maximum-entropy model it needs no fitting, which is what helps when
 * an intent has only a few examples. Immutable and thread-safe once built.
 */
final class IntentPrototypes {

    /**
     * Softmax sharpness over cosine similarities (0 to 1). Chosen on the few-shot protocol; 10 and 20 scored
     * alike, 5 and 40 a little lower.
     */
    static final double SHARPNESS = 10;

    private final List<String> intents;
    private final Map<String, Double> idf;
    /** Feature → its weight in each intent's unit-length prototype, indexed like {@link #intents}. */
    private final Map<String, double[]> weights;

    private IntentPrototypes(List<String> intents, Map<String, Double> idf, Map<String, double[]> weights) {
        this.intents = intents;
        this.idf = idf;
        this.weights = weights;
    }

    /** Builds the prototypes from each utterance's intent and features; utterances without features are skipped. */
    static IntentPrototypes build(List<String> utteranceIntents, List<List<String>> utteranceFeatures) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        int documents = 0;
        for (List<String> features : utteranceFeatures) {
            if (!features.isEmpty()) {
                documents++;
                new HashSet<>(features).forEach(f -> documentFrequency.merge(f, 1, Integer::sum));
            }
        }
        Map<String, Double> idf = new HashMap<>();
        int n = documents;
        documentFrequency.forEach((f, df) -> idf.put(f, Math.log(1.0 + (double) n / df)));

        Map<String, Map<String, Double>> sums = new LinkedHashMap<>();
        for (int i = 0; i < utteranceIntents.size(); i++) {
            Map<String, Double> vector = unitVector(utteranceFeatures.get(i), idf);
            if (!vector.isEmpty()) {
                Map<String, Double> sum = sums.computeIfAbsent(utteranceIntents.get(i), k -> new HashMap<>());
                vector.forEach((f, w) -> sum.merge(f, w, Double::sum));
            }
        }
        List<String> intents = new ArrayList<>(sums.keySet());
        Map<String, double[]> weights = new HashMap<>();
        for (int k = 0; k < intents.size(); k++) {
            Map<String, Double> prototype = sums.get(intents.get(k));
            normalise(prototype);
            int index = k;
            prototype.forEach((f, w) -> weights.computeIfAbsent(f, x -> new double[intents.size()])[index] = w);
        }
        return new IntentPrototypes(List.copyOf(intents), Map.copyOf(idf), Map.copyOf(weights));
    }

    /** Each intent's share of the softmax over cosine similarities; empty when no query feature is known. */
    Map<String, Double> scores(List<String> queryFeatures) {
        Map<String, Double> query = unitVector(queryFeatures, idf);
        if (query.isEmpty()) {
            return Map.of();
        }
        double[] cosine = new double[intents.size()];
        query.forEach((f, q) -> {
            double[] w = weights.get(f);
            for (int k = 0; k < cosine.length; k++) {
                cosine[k] += q * w[k];
            }
        });
        double total = 0;
        for (int k = 0; k < cosine.length; k++) {
            cosine[k] = Math.exp(SHARPNESS * cosine[k]);
            total += cosine[k];
        }
        Map<String, Double> out = new HashMap<>();
        for (int k = 0; k < cosine.length; k++) {
            out.put(intents.get(k), cosine[k] / total);
        }
        return out;
    }

    /** TF-IDF vector of the known features, scaled to unit length. */
    private static Map<String, Double> unitVector(List<String> features, Map<String, Double> idf) {
        Map<String, Double> vector = new HashMap<>();
        for (String f : features) {
            Double weight = idf.get(f);
            if (weight != null) {
                vector.merge(f, weight, Double::sum);
            }
        }
        normalise(vector);
        return vector;
    }

    private static void normalise(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            vector.replaceAll((f, w) -> w / norm);
        }
    }
}
