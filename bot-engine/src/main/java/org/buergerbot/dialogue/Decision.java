package org.buergerbot.dialogue;

import java.util.List;

/**
 * The policy's verdict on one message.
 *
 * @param intent     the catalogue or conversation intent acted on, or null (DECLINE, unclear HANDOFF)
 * @param confidence the classifier's confidence in that intent (for CLARIFY: in the best option)
 * @param options    the services offered for CLARIFY, best first; empty otherwise
 */
public record Decision(Action action, String intent, double confidence, List<String> options) {

    public Decision {
        options = List.copyOf(options);
    }
}
