package org.buergerbot.knowledge;

/** A labelled example utterance close to a query, with its BM25 score. */
public record Neighbour(String label, String text, float score) {
}
