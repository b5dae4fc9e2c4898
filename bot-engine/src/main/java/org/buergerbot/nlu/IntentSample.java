package org.buergerbot.nlu;

/** One labelled training or evaluation utterance. */
public record IntentSample(String intent, String text) {
}
