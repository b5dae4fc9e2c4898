package org.buergerbot.nlu;

/**
 * Which features the maximum-entropy model sees: analysed word unigrams and bigrams, and character n-grams
 * within words (they carry typos and compound parts the dictionary does not know). 0 turns n-grams off.
 */
public record FeatureSet(boolean words, boolean bigrams, int charNgramMin, int charNgramMax) {

    /** Chosen on the German validation split and CLINC150's validation set (see docs/evaluation.md). */
    public static final FeatureSet DEFAULT = new FeatureSet(true, true, 3, 5);

    public boolean charNgrams() {
        return charNgramMin > 0 && charNgramMax >= charNgramMin;
    }
}
