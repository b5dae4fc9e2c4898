package org.buergerbot.knowledge;

/**
 * Which pieces of the German analysis chain are switched on. Production uses {@link #ALL}; the evaluation
 * harness switches pieces off one by one to measure what each contributes.
 */
public record AnalysisOptions(boolean umlautFolding, boolean synonyms, boolean stopwords, boolean decompounding,
                              boolean stemming) {

    public static final AnalysisOptions ALL = new AnalysisOptions(true, true, true, true, true);

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
