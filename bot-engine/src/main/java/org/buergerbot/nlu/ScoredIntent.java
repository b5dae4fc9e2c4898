package org.buergerbot.nlu;

/** An intent with the classifier's confidence in it (0..1; the confidences of one prediction sum to 1). */
public record ScoredIntent(String intent, double confidence) {
}
