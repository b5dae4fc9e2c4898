package org.buergerbot.conversation;

import java.time.Instant;
import java.util.UUID;

/** A citizen's conversation; its token is never stored, only the hash. */
public record Conversation(UUID id, String lang, ConversationStatus status, int failedAnswers, long lastSeq,
                           Instant createdAt) {
}
