package org.buergerbot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.buergerbot.nlu.IntentPrediction;
import org.buergerbot.nlu.ScoredIntent;
import org.buergerbot.nlu.TrainingCorpus;

/**
 * Turns an intent prediction into an action. A confident wrong answer is the worst outcome, so the policy only
 * answers above the answer threshold, offers close services as options below it, and otherwise hands over to a
 * human (administrative questions) or declines (off-topic).
 */
public final class DecisionPolicy {

    public static final String HUMAN_HANDOFF = "human-handoff";
    public static final Set<String> SMALLTALK_INTENTS = Set.of("greeting", "thanks", "goodbye", "about-bot");
    public static final int MAX_OPTIONS = 3;

    private final DecisionThresholds thresholds;

    public DecisionPolicy(DecisionThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public Decision decide(IntentPrediction prediction) {
        ScoredIntent best = prediction.best();
        String intent = best.intent();
        double confidence = best.confidence();
        if (HUMAN_HANDOFF.equals(intent) && confidence >= thresholds.conversation()) {
            return new Decision(Action.HANDOFF, intent, confidence, List.of());
        }
        if (SMALLTALK_INTENTS.contains(intent) && confidence >= thresholds.conversation()) {
            return new Decision(Action.SMALLTALK, intent, confidence, List.of());
        }
        if (TrainingCorpus.OFF_TOPIC.equals(intent) && confidence >= thresholds.decline()) {
            return new Decision(Action.DECLINE, null, confidence, List.of());
        }
        List<ScoredIntent> services = services(prediction);
        ScoredIntent top = services.isEmpty() ? new ScoredIntent(null, 0) : services.getFirst();
        if (top.intent() != null && top.confidence() >= thresholds.answer()) {
            return new Decision(Action.ANSWER, top.intent(), top.confidence(), List.of());
        }
        List<String> options = new ArrayList<>();
        double combined = 0;
        for (ScoredIntent s : services) {
            if (options.size() == MAX_OPTIONS || s.confidence() < thresholds.option()) {
                break;
            }
            options.add(s.intent());
            combined += s.confidence();
        }
        if (options.size() >= 2 && combined >= thresholds.clarify()) {
            return new Decision(Action.CLARIFY, options.getFirst(), top.confidence(), options);
        }
        if (TrainingCorpus.OFF_TOPIC.equals(intent)) {
            return new Decision(Action.DECLINE, null, confidence, List.of());
        }
        return new Decision(Action.HANDOFF, null, top.confidence(), List.of());
    }

    /** Service intents only, in ranked order. */
    static List<ScoredIntent> services(IntentPrediction prediction) {
        return prediction.ranked().stream().filter(s -> isService(s.intent())).toList();
    }

    public static boolean isService(String intent) {
        return intent != null && !HUMAN_HANDOFF.equals(intent) && !SMALLTALK_INTENTS.contains(intent)
                && !TrainingCorpus.OFF_TOPIC.equals(intent);
    }
}
