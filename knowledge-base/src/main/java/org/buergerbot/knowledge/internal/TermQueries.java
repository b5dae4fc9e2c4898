package org.buergerbot.knowledge.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds bag-of-words queries from analysed terms. Queries are built from terms, never parsed, so that no citizen
 * input ({@code "}, {@code *}, {@code AND(}, {@code \}) can be read as query syntax.
 */
public final class TermQueries {

    /** Far below Lucene's clause limit even when several fields are combined. */
    public static final int MAX_DISTINCT_TERMS = 128;

    private TermQueries() {
    }

    /** Counts distinct terms in order of first appearance, keeping at most {@link #MAX_DISTINCT_TERMS}. */
    public static Map<String, Integer> distinct(List<String> terms) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String term : terms) {
            if (counts.size() >= MAX_DISTINCT_TERMS && !counts.containsKey(term)) {
                continue;
            }
            counts.merge(term, 1, Integer::sum);
        }
        return counts;
    }

    /** One SHOULD clause per distinct term; a repeated term weighs a little more, not linearly more. */
    public static Query anyOf(String field, Map<String, Integer> terms, float fieldBoost) {
        return anyOf(Map.of(field, fieldBoost), terms);
    }

    /**
     * As {@link #anyOf(String, Map, float)} over several fields, each with its boost, in one flat disjunction:
     * it scores the same as one nested disjunction per field but needs one scorer, not one per field.
     */
    public static Query anyOf(Map<String, Float> fieldBoosts, Map<String, Integer> terms) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        fieldBoosts.forEach((field, fieldBoost) -> terms.forEach((term, count) -> {
            float boost = fieldBoost * (float) (1 + Math.log(count));
            Query query = new TermQuery(new Term(field, term));
            builder.add(boost == 1f ? query : new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }));
        return builder.build();
    }
}
