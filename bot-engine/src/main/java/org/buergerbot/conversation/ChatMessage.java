package org.buergerbot.conversation;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One stored message of a conversation, as sent to citizens and clerks. {@code seq} numbers a conversation's
 * messages without gaps, so a client that reconnects asks for everything after the last {@code seq} it saw.
 *
 * @param kind {@code text}, {@code bot.reply}, {@code feedback} or {@code event}
 * @param body the payload: {@code {"text": ...}} for text, the bot's reply, or an event
 */
public record ChatMessage(UUID conversationId, long seq, String clientMessageId, Sender sender, String kind,
                          JsonNode body, Instant createdAt) {

    /** Who wrote a message. */
    public enum Sender { CITIZEN, BOT, CLERK, SYSTEM }

    public static final String TEXT = "text";
    public static final String BOT_REPLY = "bot.reply";
    public static final String FEEDBACK = "feedback";
    public static final String EVENT = "event";
}
