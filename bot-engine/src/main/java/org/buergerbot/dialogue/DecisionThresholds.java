package org.buergerbot.dialogue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Confidence thresholds of the decision policy. They are chosen by the evaluation harness on the validation
 * split ({@code ./bb eval tune-policy}) and stored in {@code application.yml}; never guessed.
 *
 * @param answer       least confidence in the best service to answer it directly
 * @param clarify      least combined confidence of the best two or three services to offer them as options
 * @param option       least confidence of a service to be offered as an option
 * @param conversation least confidence to treat a message as greeting, thanks, goodbye, about-bot or a request
 *                     for a human
 * @param decline      least confidence in "off-topic" to decline
 */
@ConfigurationProperties("buergerbot.dialogue.thresholds")
public record DecisionThresholds(double answer, double clarify, double option, double conversation, double decline) {

    /** Defaults equal the values in application.yml, for code that runs without Spring (evaluation, tests). */
    public static final DecisionThresholds DEFAULT = new DecisionThresholds(0.7, 0.3, 0.05, 0.2, 0.7);
}
