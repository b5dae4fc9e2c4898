package org.buergerbot.nlu;

import java.util.List;

/** All intents ranked by confidence, best first. */
public record IntentPrediction(List<ScoredIntent> ranked) {

    public IntentPrediction {
        ranked = List.copyOf(ranked);
    }

    public ScoredIntent best() {
        return ranked.getFirst();
    }

    /** The n-th best (0-based), or a zero-confidence placeholder when there are fewer intents. */
    public ScoredIntent at(int n) {
        return n < ranked.size() ? ranked.get(n) : new ScoredIntent(null, 0);
    }

    public double confidenceOf(String intent) {
        return ranked.stream().filter(s -> s.intent().equals(intent)).mapToDouble(ScoredIntent::confidence)
                .findFirst().orElse(0);
    }
}
