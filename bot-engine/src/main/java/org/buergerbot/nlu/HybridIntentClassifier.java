package org.buergerbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.buergerbot.knowledge.Neighbour;
import org.buergerbot.knowledge.TextAnalyzers;
import org.buergerbot.knowledge.UtteranceIndex;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP maximum-entropy document categorizer averaged with a BM25 nearest-neighbour vote over the training
 * utterances and, for few-shot settings, with {@link IntentPrototypes}; a question's greeting and closing are
 * removed first, as they were from the training utterances ({@link Salutations}), and, with {@code correctSpelling},
 * misspelt terms are mapped to known ones ({@link UtteranceIndex#withSpellingCorrected}). Thread-safe: it evaluates
 * the immutable
 * {@link MaxentModel} directly instead of sharing a {@code DocumentCategorizerME}, the Lucene analyzer reuses
 * token streams per thread, and the utterance index and prototypes are read-only.
 */
public final class HybridIntentClassifier implements IntentClassifier, AutoCloseable {

    private final Analyzer analyzer;
    private final Salutations salutations;
    private final boolean correctSpelling;
    private final MaxentModel maxent;
    private final IntentFeatureGenerator features;
    private final UtteranceIndex neighbours;
    private final IntentPrototypes prototypes;
    private final TrainingSettings settings;

    /** {@code prototypes} may be null when {@code settings.prototypeWeight()} is 0. */
    HybridIntentClassifier(Analyzer analyzer, Salutations salutations, boolean correctSpelling, DoccatModel model,
                           UtteranceIndex neighbours, IntentPrototypes prototypes, TrainingSettings settings) {
        if (prototypes == null && settings.prototypeWeight() > 0) {
            throw new IllegalArgumentException("prototypeWeight > 0 needs prototypes");
        }
        this.analyzer = analyzer;
        this.salutations = salutations;
        this.correctSpelling = correctSpelling;
        this.maxent = model.getMaxentModel();
        this.features = new IntentFeatureGenerator(settings.features());
        this.neighbours = neighbours;
        this.prototypes = prototypes;
        this.settings = settings;
    }

    @Override
    public IntentPrediction classify(String normalizedText) {
        // Analysed once: the same terms feed the maximum-entropy model and the neighbour search.
        List<String> analysed = TextAnalyzers.terms(analyzer, salutations.strip(normalizedText));
        if (correctSpelling) {
            analysed = neighbours.withSpellingCorrected(analysed);
        }
        String[] terms = analysed.toArray(String[]::new);
        int outcomes = maxent.getNumOutcomes();
        double[] combined = new double[outcomes];
        Map<String, Double> similarity = Map.of();
        if (terms.length > 0) {
            List<String> extracted = features.extract(terms);
            double[] probs = maxent.eval(extracted.toArray(String[]::new));
            for (int i = 0; i < outcomes; i++) {
                combined[i] = settings.maxentWeight() * probs[i];
            }
            if (settings.prototypeWeight() > 0) {
                similarity = prototypes.scores(extracted);
            }
        }
        Map<String, Double> votes = vote(analysed);
        List<ScoredIntent> ranked = new ArrayList<>(outcomes);
        for (int i = 0; i < outcomes; i++) {
            String intent = maxent.getOutcome(i);
            ranked.add(new ScoredIntent(intent, combined[i]
                    + settings.prototypeWeight() * similarity.getOrDefault(intent, 0.0)
                    + settings.voteWeight() * votes.getOrDefault(intent, 0.0)));
        }
        ranked.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return new IntentPrediction(ranked);
    }

    /**
     * Each intent's share of the top-k neighbours' BM25 score (summed, or only its closest neighbour with
     * {@code bestNeighbourPerIntent}); empty when nothing matches at all.
     */
    private Map<String, Double> vote(List<String> terms) {
        BinaryOperator<Double> combine = settings.bestNeighbourPerIntent() ? Math::max : Double::sum;
        Map<String, Double> scores = new HashMap<>();
        for (Neighbour n : neighbours.nearest(terms, settings.neighbours())) {
            scores.merge(n.label(), (double) n.score(), combine);
        }
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 0) {
            scores.replaceAll((intent, score) -> score / total);
        }
        return scores;
    }

    @Override
    public void close() {
        neighbours.close();
    }
}
