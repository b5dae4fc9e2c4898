package org.buergerbot.knowledge;

/**
 * Which pieces of the German analysis chain are switched on. Production uses {@link #ALL}; the evaluation
 * harness switches pieces off one by one to measure what each contributes.
 */
public record AnalysisOptions(boolean umlautFolding, boolean synonyms, boolean stopwords, boolean decompounding,
                              boolean stemming) {

    public static final AnalysisOptions ALL = new AnalysisOptions(true, true, true, true, true);

    /**
     * The intent classifier keeps stopwords: short conversational messages are mostly stopwords ("bis dann",
     * "wie heißt du", "ich will einen Menschen"), and without them they reach the model empty. Chosen on the
     * German validation split (top-1 88.2% with stopwords removed, 90.1% kept; see docs/evaluation.md).
     */
    public static final AnalysisOptions INTENTS = ALL.withStopwords(false);

    public AnalysisOptions withUmlautFolding(boolean on) {
        return new AnalysisOptions(on, synonyms, stopwords, decompounding, stemming);
    }

    public AnalysisOptions withSynonyms(boolean on) {
        return new AnalysisOptions(umlautFolding, on, stopwords, decompounding, stemming);
    }

    public AnalysisOptions withStopwords(boolean on) {
        return new AnalysisOptions(umlautFolding, synonyms, on, decompounding, stemming);
    }

    public AnalysisOptions withDecompounding(boolean on) {
        return new AnalysisOptions(umlautFolding, synonyms, stopwords, on, stemming);
    }

    public AnalysisOptions withStemming(boolean on) {
        return new AnalysisOptions(umlautFolding, synonyms, stopwords, decompounding, on);
    }
}
