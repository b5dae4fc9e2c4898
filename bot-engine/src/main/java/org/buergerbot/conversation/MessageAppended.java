package org.buergerbot.conversation;

/** A message was stored; listeners fan it out to the audiences allowed to see it. */
public record MessageAppended(ChatMessage message) {
}
