package org.buergerbot.dialogue;

import java.util.List;

import org.buergerbot.knowledge.Link;

/**
 * The bot's reply to one message, as the answer API returns it.
 *
 * @param intent     catalogue or conversation id acted on, or null
 * @param confidence classifier confidence 0..1
 * @param reply      text the citizen sees
 * @param answer     the knowledge-base answer for ANSWER, else null
 * @param options    services to choose from for CLARIFY, else empty
 */
public record BotReply(Action action, String intent, double confidence, String lang, String reply, Answer answer,
                       List<Option> options) {

    public BotReply {
        options = List.copyOf(options);
    }

    /** A knowledge-base answer with its local facts filled in. {@code text} is a small safe Markdown subset. */
    public record Answer(String id, String service, String title, String text, List<Link> links) {
    }

    /** A service offered as a quick reply. */
    public record Option(String id, String service, String title) {
    }
}
