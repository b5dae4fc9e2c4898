package org.buergerbot.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.buergerbot.knowledge.FaqEntry;
import org.buergerbot.knowledge.TextAnalyzers;

/**
 * Owns the FAQ {@link Directory}, its {@link IndexWriter} and {@link SearcherManager}. Every entry is indexed as
 * one entry document and one document per question variant (and title), all keyed by entry id
 * ({@code updateDocuments}), so re-indexing is idempotent; searchers are acquired and released per query and
 * refreshed after each commit, never per query.
 */
public final class LuceneFaqIndex implements AutoCloseable {

    static final String ID = "id";
    static final String SERVICE = "service";
    static final String LANG = "lang";
    static final String KIND = "kind";
    static final String QUESTION = "question";
    /** Question documents to look at: enough for the best question of each entry of a service. */
    private static final int QUESTION_HITS = 20;

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
                writer.updateDocuments(new Term(ID, entry.id()), toDocuments(entry));
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
                writer.addDocuments(toDocuments(entry));
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
     * Entry ids best matching the text, optionally restricted to one service and language. An entry's score is
     * its whole-entry BM25 score plus that of its question variant most like the text, each relative to the best
     * of the search: the whole entry finds the topic, the nearest question the particular case ("Was kostet ein
     * Reisepass?" is the passport entry's own question, though the express entry also talks of costs).
     *
     * @param resolve maps a hit's id to whatever the caller keeps for it; hits it maps to null are skipped
     */
    public <T> List<Scored<T>> search(String text, String lang, String service, int k, Function<String, T> resolve) {
        Map<String, Integer> terms = TermQueries.distinct(TextAnalyzers.terms(analyzer, text));
        if (terms.isEmpty()) {
            return List.of();
        }
        Query entries = filtered(TermQueries.anyOf(SEARCH_FIELDS, terms), "entry", lang, service);
        Query questions = filtered(TermQueries.anyOf(QUESTION, terms, 1f), QUESTION, lang, service);
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            Map<String, Float> entryScores = bestPerEntry(searcher, searcher.search(entries, Math.max(k, 10)));
            Map<String, Float> questionScores = bestPerEntry(searcher, searcher.search(questions, QUESTION_HITS));
            float maxEntry = entryScores.values().stream().max(Float::compare).orElse(1f);
            float maxQuestion = questionScores.values().stream().max(Float::compare).orElse(1f);
            List<Scored<T>> result = new ArrayList<>();
            entryScores.forEach((id, score) -> {
                T value = resolve.apply(id);
                if (value != null) {
                    result.add(new Scored<>(value,
                            score / maxEntry + questionScores.getOrDefault(id, 0f) / maxQuestion));
                }
            });
            result.sort((a, b) -> Float.compare(b.score(), a.score()));
            return result.size() > k ? List.copyOf(result.subList(0, k)) : result;
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the FAQ index failed", e);
        } finally {
            release(searcher);
        }
    }

    private static Query filtered(Query match, String kind, String lang, String service) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(match, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER);
        if (lang != null) {
            query.add(new TermQuery(new Term(LANG, lang)), BooleanClause.Occur.FILTER);
        }
        if (service != null) {
            query.add(new TermQuery(new Term(SERVICE, service)), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** The best score of each entry among the hits, in hit order. */
    private static Map<String, Float> bestPerEntry(IndexSearcher searcher, TopDocs top) throws IOException {
        String[] ids = ids(searcher.getIndexReader().leaves(), top.scoreDocs);
        Map<String, Float> best = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            best.merge(ids[i], top.scoreDocs[i].score, Math::max);
        }
        return best;
    }

    /**
     * The entry id of each hit, from doc values: far cheaper than decompressing stored fields for every hit.
     * Doc values iterate forwards only, so the hits are visited in document order.
     */
    private static String[] ids(List<LeafReaderContext> leaves, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        String[] ids = new String[hits.length];
        int leafIndex = -1;
        SortedDocValues values = null;
        for (int i : byDoc) {
            int leaf = ReaderUtil.subIndex(hits[i].doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = DocValues.getSorted(leaves.get(leaf).reader(), ID);
            }
            if (!values.advanceExact(hits[i].doc - leaves.get(leaf).docBase)) {
                throw new IllegalStateException("FAQ index document without an entry id");
            }
            ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
        }
        return ids;
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

    /** The entry document, then one document per question variant and one for the title. */
    private static List<Document> toDocuments(FaqEntry entry) {
        List<Document> docs = new ArrayList<>();
        docs.add(toDocument(entry));
        List<String> questions = new ArrayList<>(entry.questions());
        questions.add(entry.title());
        for (String question : questions) {
            Document doc = new Document();
            addId(doc, entry.id());
            doc.add(new StringField(KIND, QUESTION, Field.Store.NO));
            doc.add(new StringField(SERVICE, entry.service(), Field.Store.NO));
            doc.add(new StringField(LANG, entry.lang(), Field.Store.NO));
            doc.add(new TextField(QUESTION, question, Field.Store.NO));
            docs.add(doc);
        }
        return docs;
    }

    /** Indexed for updates and deletes by id, and as doc values for reading a hit's id cheaply. */
    private static void addId(Document doc, String id) {
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
    }

    private static Document toDocument(FaqEntry entry) {
        Document doc = new Document();
        addId(doc, entry.id());
        doc.add(new StringField(KIND, "entry", Field.Store.NO));
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
