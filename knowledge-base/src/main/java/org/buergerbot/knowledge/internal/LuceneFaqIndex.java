package org.buergerbot.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.buergerbot.knowledge.FaqEntry;
import org.buergerbot.knowledge.TextAnalyzers;

/**
 * Owns the FAQ {@link Directory}, its {@link IndexWriter} and {@link SearcherManager}. Updates are keyed by
 * entry id ({@code updateDocument}), so re-indexing is idempotent; searchers are acquired and released per
 * query and refreshed after each commit, never per query.
 */
public final class LuceneFaqIndex implements AutoCloseable {

    static final String ID = "id";
    static final String SERVICE = "service";
    static final String LANG = "lang";

    /** Field weights: how citizens ask (questions) counts most, the long text least. */
    private static final Map<String, Float> SEARCH_FIELDS = Map.of(
            "questions", 3f, "title", 2f, "keywords", 2f, "shortAnswer", 1f, "fullText", 0.5f);

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneFaqIndex(Directory directory, Analyzer analyzer) {
        this.directory = directory;
        this.analyzer = analyzer;
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            this.writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the FAQ index", e);
        }
    }

    /** Adds or replaces the entries (by id) and makes them searchable before returning. */
    public void upsert(Collection<FaqEntry> entries) {
        try {
            for (FaqEntry entry : entries) {
                writer.updateDocument(new Term(ID, entry.id()), toDocument(entry));
            }
            commitAndRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("Indexing FAQ entries failed", e);
        }
    }

    /** Replaces the whole index content in one commit, so searches see the old or the new set, never a mix. */
    public void replaceAll(Collection<FaqEntry> entries) {
        try {
            writer.deleteAll();
            for (FaqEntry entry : entries) {
                writer.addDocument(toDocument(entry));
            }
            commitAndRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuilding the FAQ index failed", e);
        }
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            commitAndRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("Deleting FAQ entry " + id + " failed", e);
        }
    }

    /**
     * Entry ids best matching the text, optionally restricted to one service and language.
     *
     * @param resolve maps a hit's id to whatever the caller keeps for it; hits it maps to null are skipped
     */
    public <T> List<Scored<T>> search(String text, String lang, String service, int k, Function<String, T> resolve) {
        Map<String, Integer> terms = TermQueries.distinct(TextAnalyzers.terms(analyzer, text));
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        SEARCH_FIELDS.forEach((field, boost) ->
                fields.add(TermQueries.anyOf(field, terms, boost), BooleanClause.Occur.SHOULD));
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(fields.build(), BooleanClause.Occur.MUST);
        if (lang != null) {
            query.add(new TermQuery(new Term(LANG, lang)), BooleanClause.Occur.FILTER);
        }
        if (service != null) {
            query.add(new TermQuery(new Term(SERVICE, service)), BooleanClause.Occur.FILTER);
        }
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            TopDocs top = searcher.search(query.build(), k);
            List<Scored<T>> result = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                T value = resolve.apply(stored.document(hit.doc).get(ID));
                if (value != null) {
                    result.add(new Scored<>(value, hit.score));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the FAQ index failed", e);
        } finally {
            release(searcher);
        }
    }

    /** A search result with its score. */
    public record Scored<T>(T value, float score) {
    }

    private void release(IndexSearcher searcher) {
        if (searcher != null) {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static Document toDocument(FaqEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(SERVICE, entry.service(), Field.Store.NO));
        doc.add(new StringField(LANG, entry.lang(), Field.Store.NO));
        doc.add(new TextField("title", entry.title(), Field.Store.NO));
        for (String question : entry.questions()) {
            doc.add(new TextField("questions", question, Field.Store.NO));
        }
        doc.add(new TextField("keywords", String.join(" ", entry.keywords()), Field.Store.NO));
        doc.add(new TextField("shortAnswer", entry.shortAnswer(), Field.Store.NO));
        doc.add(new TextField("fullText", entry.fullText(), Field.Store.NO));
        return doc;
    }

    /** Closes searchers, then the writer, then the directory. */
    @Override
    public void close() {
        try (directory; writer; searchers) {
            // closed in reverse order of the resource list: searchers, writer, directory
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the FAQ index failed", e);
        }
    }
}
