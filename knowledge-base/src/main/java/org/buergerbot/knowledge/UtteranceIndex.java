package org.buergerbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.buergerbot.knowledge.internal.InMemoryDirectories;
import org.buergerbot.knowledge.internal.TermQueries;

/**
 * An immutable in-memory BM25 index of labelled example utterances, for nearest-neighbour votes on intents.
 * It is built once and never written again, so one {@link IndexSearcher} serves all threads; a retrained
 * engine builds a new index and swaps the reference.
 */
public final class UtteranceIndex implements AutoCloseable {

    /** A labelled example. */
    public record Example(String label, String text) {
    }

    private static final String TEXT = "text";
    private static final String ORDINAL = "ordinal";
    /** Shorter analysed terms are left alone: one edit turns a short word into another real one. */
    static final int MIN_CORRECTED_LENGTH = 5;
    static final int MAX_EDITS = 1;

    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** The example of each document id: read once, so a search loads no stored fields. */
    private final Example[] examplesByDoc;
    /** Configured once here and only read afterwards; each suggestion keeps its state in the call. */
    private final DirectSpellChecker speller = new DirectSpellChecker();

    private UtteranceIndex(Analyzer analyzer, DirectoryReader reader, List<Example> examples) throws IOException {
        this.analyzer = analyzer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.examplesByDoc = new Example[reader.maxDoc()];
        speller.setMaxEdits(MAX_EDITS);
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < examplesByDoc.length; doc++) {
            examplesByDoc[doc] = examples.get(stored.document(doc).getField(ORDINAL).numericValue().intValue());
        }
    }

    /** Indexes the examples with the given analyzer (which must also be used for queries). */
    public static UtteranceIndex build(Analyzer analyzer, List<Example> examples) {
        Directory directory = InMemoryDirectories.create();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < examples.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField(TEXT, examples.get(i).text(), Field.Store.NO));
                doc.add(new StoredField(ORDINAL, i));
                writer.addDocument(doc);
            }
            writer.commit();
            return new UtteranceIndex(analyzer, DirectoryReader.open(directory), List.copyOf(examples));
        } catch (IOException e) {
            throw new UncheckedIOException("Building the in-memory utterance index failed", e);
        }
    }

    /** The {@code k} examples most similar to the text, best first; empty when no term matches. */
    public List<Neighbour> nearest(String text, int k) {
        return nearest(TextAnalyzers.terms(analyzer, text), k);
    }

    /** As {@link #nearest(String, int)} for text the caller already analysed with this index's analyzer. */
    public List<Neighbour> nearest(List<String> analysedTerms, int k) {
        Map<String, Integer> terms = TermQueries.distinct(analysedTerms);
        if (terms.isEmpty()) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(TermQueries.anyOf(TEXT, terms, 1f), k);
            List<Neighbour> result = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                Example example = examplesByDoc[hit.doc];
                result.add(new Neighbour(example.label(), example.text(), hit.score));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the in-memory utterance index failed", e);
        }
    }

    /**
     * The analysed terms with each term that no example contains replaced by the closest one that examples do
     * contain (Damerau-Levenshtein, same first letter, at most {@value #MAX_EDITS} edits, the more frequent on a
     * tie), so that "personalasweis" counts as "personalausweis". Terms without a close match stay as they are.
     */
    public List<String> withSpellingCorrected(List<String> analysedTerms) {
        List<String> corrected = new ArrayList<>(analysedTerms.size());
        for (String term : analysedTerms) {
            corrected.add(term.length() < MIN_CORRECTED_LENGTH ? term : closestKnown(term));
        }
        return corrected;
    }

    private String closestKnown(String term) {
        try {
            SuggestWord[] suggestions = speller.suggestSimilar(new Term(TEXT, term), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return suggestions.length == 0 ? term : suggestions[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException("Spelling correction over the utterance index failed", e);
        }
    }

    public int size() {
        return reader.numDocs();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
