package org.buergerbot.handoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param averageMinutesPerChat how long a clerk needs for one chat on average, for the citizen's wait estimate
 * @param maxChatsPerClerk      how many chats one clerk may hold at once
 */
@ConfigurationProperties("buergerbot.handoff")
public record HandoffProperties(@DefaultValue("5") int averageMinutesPerChat, @DefaultValue("3") int maxChatsPerClerk) {
}
