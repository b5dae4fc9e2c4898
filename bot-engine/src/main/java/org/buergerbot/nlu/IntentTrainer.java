package org.buergerbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.buergerbot.knowledge.TextAnalyzers;
import org.buergerbot.knowledge.UtteranceIndex;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/** Trains the intent model: a separate step with explicit {@link TrainingParameters}, never run per request. */
public final class IntentTrainer {

    /**
     * Languages whose questions get misspelt words corrected against the training vocabulary (German, where it
     * was measured; the English benchmarks keep their protocol's figures).
     */
    static final Set<String> CORRECTS_SPELLING = Set.of("de");

    private final Analyzer analyzer;
    private final String lang;
    private final Salutations salutations;

    public IntentTrainer(Analyzer analyzer, String lang) {
        this.analyzer = analyzer;
        this.lang = lang;
        this.salutations = Salutations.forLanguage(lang);
    }

    /**
     * The samples as every part of the model learns them: without greetings and closings, as the classifier
     * sees questions. A cache key over these changes with the salutation rules.
     */
    public List<IntentSample> prepare(List<IntentSample> samples) {
        return samples.stream().map(s -> new IntentSample(s.intent(), salutations.strip(s.text()))).toList();
    }

    /** Trains the maximum-entropy model with L-BFGS on analysed samples. */
    public DoccatModel trainMaxent(List<IntentSample> raw, TrainingSettings settings) {
        List<IntentSample> samples = prepare(raw);
        List<DocumentSample> documents = (settings.balanceIntents() ? balanced(samples) : samples).stream()
                .map(s -> new DocumentSample(s.intent(),
                        TextAnalyzers.terms(analyzer, s.text()).toArray(String[]::new)))
                .filter(d -> d.getText().length > 0)
                .toList();
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(QNTrainer.L1COST_PARAM, settings.l1Cost());
        params.put(QNTrainer.L2COST_PARAM, settings.l2Cost());
        params.put(QNTrainer.THREADS_PARAM, settings.threads());
        DoccatFactory factory = new DoccatFactory(
                new FeatureGenerator[] {new IntentFeatureGenerator(settings.features())});
        try {
            return DocumentCategorizerME.train(lang, new CollectionObjectStream<>(documents), params, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("Training the intent model failed", e);
        }
    }

    /**
     * Every intent's examples repeated (round-robin) up to the size of the largest intent, so that each intent
     * carries the same weight in the maximum-entropy objective.
     */
    static List<IntentSample> balanced(List<IntentSample> samples) {
        Map<String, List<IntentSample>> byIntent = new LinkedHashMap<>();
        samples.forEach(s -> byIntent.computeIfAbsent(s.intent(), i -> new ArrayList<>()).add(s));
        int largest = byIntent.values().stream().mapToInt(List::size).max().orElse(0);
        List<IntentSample> out = new ArrayList<>(largest * byIntent.size());
        for (int i = 0; i < largest; i++) {
            for (List<IntentSample> examples : byIntent.values()) {
                out.add(examples.get(i % examples.size()));
            }
        }
        return out;
    }

    /** The nearest-neighbour index over prepared samples. */
    private UtteranceIndex indexNeighbours(List<IntentSample> prepared) {
        return UtteranceIndex.build(analyzer, prepared.stream()
                .map(s -> new UtteranceIndex.Example(s.intent(), s.text())).toList());
    }

    /** Trains both parts and assembles the classifier. */
    public HybridIntentClassifier train(List<IntentSample> samples, TrainingSettings settings) {
        return assemble(trainMaxent(samples, settings), samples, settings);
    }

    /** The classifier around a trained model, with the neighbour index (and prototypes) over the same samples. */
    public HybridIntentClassifier assemble(DoccatModel model, List<IntentSample> raw, TrainingSettings settings) {
        List<IntentSample> samples = prepare(raw);
        IntentPrototypes prototypes = settings.prototypeWeight() > 0 ? prototypes(samples, settings) : null;
        return new HybridIntentClassifier(analyzer, salutations, CORRECTS_SPELLING.contains(lang), model,
                indexNeighbours(samples), prototypes, settings);
    }

    /** Each intent's prototype over the same features the maximum-entropy model sees (prepared samples). */
    private IntentPrototypes prototypes(List<IntentSample> samples, TrainingSettings settings) {
        IntentFeatureGenerator generator = new IntentFeatureGenerator(settings.features());
        return IntentPrototypes.build(samples.stream().map(IntentSample::intent).toList(), samples.stream()
                .map(s -> generator.extract(TextAnalyzers.terms(analyzer, s.text()).toArray(String[]::new)))
                .toList());
    }
}
