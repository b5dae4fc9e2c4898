package org.buergerbot.evaluation;

import java.util.List;

/**
 * The out-of-scope threshold protocol of Larson et al. 2019: a query is rejected when the best confidence is
 * below one global threshold; rejected in-scope queries count as wrong. The threshold is chosen on validation
 * data only, maximising the share of validation queries handled right (in-scope ones accepted with the right
 * intent, out-of-scope ones rejected), which weighs each query equally as the benchmark's accuracy does.
 */
public final class ThresholdSweep {

    /** One query's outcome: whether the best intent was right (in-scope) and its confidence. */
    public record Outcome(boolean inScope, boolean correct, double confidence) {
    }

    /** Scores at a threshold. */
    public record Point(double threshold, double inScopeAccuracy, double oosRecall, double jointAccuracy) {
    }

    private ThresholdSweep() {
    }

    public static Point at(List<Outcome> outcomes, double threshold) {
        long inScope = 0, right = 0, oos = 0, rejected = 0;
        for (Outcome o : outcomes) {
            boolean accepted = o.confidence() >= threshold;
            if (o.inScope()) {
                inScope++;
                if (accepted && o.correct()) {
                    right++;
                }
            } else {
                oos++;
                if (!accepted) {
                    rejected++;
                }
            }
        }
        return new Point(threshold, inScope == 0 ? 0 : (double) right / inScope, oos == 0 ? 0 : (double) rejected / oos,
                (double) (right + rejected) / Math.max(1, inScope + oos));
    }

    /** The threshold (in steps of 0.005) maximising joint accuracy on the given validation outcomes. */
    public static Point choose(List<Outcome> validation) {
        Point best = at(validation, 0);
        for (int step = 1; step <= 200; step++) {
            Point p = at(validation, step * 0.005);
            if (p.jointAccuracy() > best.jointAccuracy()) {
                best = p;
            }
        }
        return best;
    }
}
