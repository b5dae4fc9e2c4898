package org.buergerbot.conversation;

import java.util.UUID;

/**
 * The citizen ended the conversation, or left it and did not come back in time. The clerk queue listens and
 * marks a waiting or assigned hand-off as abandoned.
 */
public record ConversationLeft(UUID conversationId) {
}
