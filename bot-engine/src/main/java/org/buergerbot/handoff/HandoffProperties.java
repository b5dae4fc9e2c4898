package org.buergerbot.handoff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the hand-off to clerks behaves.
 *
 * @param averageMinutesPerChat how long a clerk needs for one chat on average, for the citizen's wait estimate
 * @param maxChatsPerClerk      how many chats one clerk may hold at once
 * @param abandonAfter          how long a waiting citizen may be gone (no connection, no API call) before the
 *                              chat leaves the queue as abandoned
 * @param upkeepInterval        how often waiting citizens get a fresh position and wait estimate, and absent
 *                              ones are given up on
 */
@ConfigurationProperties("buergerbot.handoff")
public record HandoffProperties(@DefaultValue("5") int averageMinutesPerChat, @DefaultValue("3") int maxChatsPerClerk,
                                @DefaultValue("10m") Duration abandonAfter,
                                @DefaultValue("30s") Duration upkeepInterval) {
}
