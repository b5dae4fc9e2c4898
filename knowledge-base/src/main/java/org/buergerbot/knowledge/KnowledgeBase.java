package org.buergerbot.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.Directory;
import org.buergerbot.knowledge.internal.InMemoryDirectories;
import org.buergerbot.knowledge.internal.LuceneFaqIndex;

/**
 * The searchable knowledge base: FAQ entries by id and a Lucene index over them. Thread-safe: searches run
 * concurrently with updates and see either the old or the new state of an entry.
 */
public final class KnowledgeBase implements AutoCloseable {

    private final Map<String, FaqEntry> entries = new ConcurrentHashMap<>();
    private final LuceneFaqIndex index;

    public KnowledgeBase(Directory directory, Analyzer analyzer) {
        this.index = new LuceneFaqIndex(directory, analyzer);
    }

    /** An in-memory knowledge base with the given analysis chain. */
    public static KnowledgeBase inMemory(Analyzer analyzer) {
        return new KnowledgeBase(InMemoryDirectories.create(), analyzer);
    }

    /** Replaces all entries atomically (from the searcher's point of view). */
    public synchronized void replaceAll(Collection<FaqEntry> newEntries) {
        Map<String, FaqEntry> byId = new ConcurrentHashMap<>();
        newEntries.forEach(e -> byId.put(e.id(), e));
        entries.putAll(byId);
        index.replaceAll(byId.values());
        entries.keySet().retainAll(byId.keySet());
    }

    /** Adds or replaces entries by id; repeating the same update changes nothing. */
    public synchronized void upsert(Collection<FaqEntry> updated) {
        updated.forEach(e -> entries.put(e.id(), e));
        index.upsert(updated);
    }

    public synchronized void delete(String id) {
        index.delete(id);
        entries.remove(id);
    }

    public Optional<FaqEntry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public List<FaqEntry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Entries matching the text, best first.
     *
     * @param lang    only entries in this language, or null for any
     * @param service only entries of this service, or null for any
     */
    public List<FaqHit> search(String text, String lang, String service, int k) {
        return index.search(text, lang, service, k, entries::get).stream()
                .map(s -> new FaqHit(s.value(), s.score()))
                .toList();
    }

    @Override
    public void close() {
        index.close();
    }
}
