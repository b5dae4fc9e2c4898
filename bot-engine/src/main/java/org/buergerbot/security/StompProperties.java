package org.buergerbot.security;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Real-time limits and origins.
 *
 * @param allowedOrigins origins (patterns such as {@code https://*.musterstadt.de} allowed) whose pages may embed
 *                       the widget: open the WebSocket and call the citizen API; never a bare {@code *}
 * @param messageSizeLimit largest STOMP frame in bytes
 */
@ConfigurationProperties("buergerbot.stomp")
public record StompProperties(@DefaultValue("http://localhost:8080") List<String> allowedOrigins,
                              @DefaultValue("16384") int messageSizeLimit,
                              @DefaultValue("30") int messagesPerMinutePerConversation,
                              @DefaultValue("120") int messagesPerMinutePerAddress) {

    /** A scheme, a host with at least one named label after any wildcard, and an optional port (or port pattern). */
    private static final Pattern ORIGIN =
            Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:(\\d+|\\*|\\[\\*]))?");

    public StompProperties {
        for (String origin : allowedOrigins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("buergerbot.stomp.allowed-origins must list origins such as "
                        + "https://www.musterstadt.de or https://*.musterstadt.de, not '" + origin + "'.");
            }
        }
    }
}
