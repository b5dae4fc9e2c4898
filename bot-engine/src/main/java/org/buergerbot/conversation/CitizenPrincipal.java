package org.buergerbot.conversation;

import java.security.Principal;
import java.util.UUID;

/** A citizen on STOMP, authenticated by a conversation token: may use that one conversation only. */
public record CitizenPrincipal(UUID conversationId) implements Principal {

    @Override
    public String getName() {
        return "citizen:" + conversationId;
    }
}
