package org.buergerbot.security;

import org.springframework.stereotype.Component;

/**
 * One budget per conversation and one per client address, shared by STOMP SENDs and the REST calls the widget
 * makes, so switching transport buys no extra messages. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so the address is the citizen's, not the proxy's.
 */
@Component
class CitizenRateLimits {

    private final RateLimiter perConversation;
    private final RateLimiter perAddress;

    CitizenRateLimits(StompProperties properties) {
        this.perConversation = new RateLimiter(properties.messagesPerMinutePerConversation());
        this.perAddress = new RateLimiter(properties.messagesPerMinutePerAddress());
    }

    boolean conversationMayPost(String conversationId) {
        return perConversation.tryAcquire(conversationId);
    }

    boolean addressMayPost(String address) {
        return perAddress.tryAcquire(address);
    }
}
