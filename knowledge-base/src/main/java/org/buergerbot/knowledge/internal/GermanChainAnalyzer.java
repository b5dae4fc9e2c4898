package org.buergerbot.knowledge.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.buergerbot.knowledge.AnalysisOptions;
import org.buergerbot.knowledge.AnalysisResources;
import org.buergerbot.knowledge.TextAnalyzers;

/**
 * The German chain: standard tokens, lowercase, stopwords, umlaut and ae/oe/ue folding (so "fuehrerschein" and
 * "fuhrerschein" meet "Führerschein"), synonyms, dictionary decompounding and light stemming. Synonyms and
 * compound parts are folded the same way before use. Synonym graphs are flattened so that the chain can be
 * used at index time too.
 */
public final class GermanChainAnalyzer extends Analyzer {

    private static final int MIN_COMPOUND_LENGTH = 6;
    private static final int MIN_PART_LENGTH = 3;
    private static final int MAX_PART_LENGTH = 20;

    private final AnalysisOptions options;
    private final SynonymMap synonyms;
    private final CharArraySet compoundParts;

    public GermanChainAnalyzer(AnalysisResources resources, AnalysisOptions options) {
        this.options = options;
        this.synonyms = options.synonyms() && !resources.synonymRules().isEmpty()
                ? buildSynonyms(resources, options.umlautFolding()) : null;
        this.compoundParts = options.decompounding() && !resources.compoundParts().isEmpty()
                ? foldedSet(resources, options.umlautFolding()) : null;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        if (options.stopwords()) {
            stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
        }
        if (options.umlautFolding()) {
            stream = new GermanNormalizationFilter(stream);
        }
        if (synonyms != null) {
            stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
        }
        if (compoundParts != null) {
            stream = new DictionaryCompoundWordTokenFilter(stream, compoundParts, MIN_COMPOUND_LENGTH,
                    MIN_PART_LENGTH, MAX_PART_LENGTH, true);
        }
        if (options.stemming()) {
            stream = new GermanLightStemFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    private static SynonymMap buildSynonyms(AnalysisResources resources, boolean fold) {
        try (Analyzer ruleAnalyzer = new RuleAnalyzer(fold)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            parser.parse(new StringReader(String.join("\n", resources.synonymRules())));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Invalid synonym rule near line " + e.getErrorOffset() + ": "
                    + e.getMessage(), e);
        }
    }

    private static CharArraySet foldedSet(AnalysisResources resources, boolean fold) {
        CharArraySet set = new CharArraySet(resources.compoundParts().size(), false);
        try (Analyzer keyword = new KeywordFoldingAnalyzer(fold)) {
            for (String part : resources.compoundParts()) {
                set.addAll(TextAnalyzers.terms(keyword, part));
            }
        }
        return set;
    }

    /** Analyses the words of synonym rules the way the chain sees them at that point. */
    private static final class RuleAnalyzer extends Analyzer {
        private final boolean fold;

        RuleAnalyzer(boolean fold) {
            this.fold = fold;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            return new TokenStreamComponents(source, fold ? new GermanNormalizationFilter(stream) : stream);
        }
    }

    /** Lowercases and folds a whole word, for dictionary entries. */
    private static final class KeywordFoldingAnalyzer extends Analyzer {
        private final boolean fold;

        KeywordFoldingAnalyzer(boolean fold) {
            this.fold = fold;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            return new TokenStreamComponents(source, fold ? new GermanNormalizationFilter(stream) : stream);
        }
    }
}
