package org.buergerbot.nlu;

/** Ranks the intents of a normalised citizen message. Implementations are thread-safe. */
public interface IntentClassifier {

    IntentPrediction classify(String normalizedText);
}
