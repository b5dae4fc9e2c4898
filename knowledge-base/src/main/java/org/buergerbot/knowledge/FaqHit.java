package org.buergerbot.knowledge;

/** A knowledge-base entry found for a question, with its BM25 score (comparable within one search only). */
public record FaqHit(FaqEntry entry, float score) {
}
