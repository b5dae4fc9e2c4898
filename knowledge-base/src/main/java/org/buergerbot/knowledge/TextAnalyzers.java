package org.buergerbot.knowledge;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.buergerbot.knowledge.internal.EnglishChainAnalyzer;
import org.buergerbot.knowledge.internal.GermanChainAnalyzer;

/**
 * Factory of the analysis chains shared by the Lucene indexes and the intent classifier's features, so a word
 * is reduced to the same term everywhere.
 */
public final class TextAnalyzers {

    private TextAnalyzers() {
    }

    /** German: lowercase, stopwords, umlaut folding, synonyms, decompounding, light stemming (each switchable). */
    public static Analyzer german(AnalysisResources resources, AnalysisOptions options) {
        return new GermanChainAnalyzer(resources, options);
    }

    /** English, for the public benchmarks: lowercase, possessives, Porter stemming. */
    public static Analyzer english() {
        return new EnglishChainAnalyzer();
    }

    /** The chain for a language code; unknown languages get the German chain without dictionaries. */
    public static Analyzer forLanguage(String lang, AnalysisResources resources) {
        return "en".equals(lang) ? english() : german(resources, AnalysisOptions.ALL);
    }

    /** Runs text through an analyzer and returns its terms in order (synonym alternatives included). */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Analysis of an in-memory string failed", e);
        }
        return terms;
    }
}
