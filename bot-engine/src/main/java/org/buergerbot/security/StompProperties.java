package org.buergerbot.security;

import java.util.List;

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

    public StompProperties {
        if (allowedOrigins.contains("*")) {
            throw new IllegalArgumentException("buergerbot.stomp.allowed-origins must list origins, not '*'.");
        }
    }
}
