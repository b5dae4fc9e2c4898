package org.buergerbot.conversation;

import java.util.List;
import java.util.UUID;

/**
 * A conversation needs a human: published when the citizen asks for one, after two unanswered messages or
 * after negative feedback. The clerk queue listens and enqueues it.
 *
 * @param topic      the service the conversation is most likely about, or null
 * @param candidates the bot's candidate services, best first
 */
public record ConversationEscalated(UUID conversationId, Reason reason, String lang, String topic,
                                    List<String> candidates) {

    /** Why a conversation was handed off. */
    public enum Reason { REQUESTED, FAILED_ATTEMPTS, NEGATIVE_FEEDBACK }
}
