package org.buergerbot.handoff;

import java.util.UUID;

import org.buergerbot.conversation.ConversationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** Claiming and closing with their effect on the conversation: transcript events, and closing it for good. */
@Service
public class Handoffs {

    private final ClerkQueue queue;
    private final ConversationService conversations;
    private final JsonMapper json;
    private final HandoffProperties properties;

    Handoffs(ClerkQueue queue, ConversationService conversations, JsonMapper json, HandoffProperties properties) {
        this.queue = queue;
        this.conversations = conversations;
        this.json = json;
        this.properties = properties;
    }

    /** Outcome of a claim. */
    public enum Claim { CLAIMED, TAKEN, AT_CAPACITY }

    @Transactional
    public Claim claim(UUID id, String clerk) {
        queue.lockClerk(clerk); // until commit: the count below stays true for this claim
        if (queue.heldBy(clerk) >= properties.maxChatsPerClerk()) {
            return Claim.AT_CAPACITY;
        }
        if (!queue.claim(id, clerk)) {
            return Claim.TAKEN;
        }
        conversations.event(id, json.createObjectNode().put("type", "clerk.joined"));
        return Claim.CLAIMED;
    }

    @Transactional
    public boolean close(UUID id, String clerk, String outcome) {
        if (!queue.close(id, clerk, outcome)) {
            return false;
        }
        conversations.event(id, json.createObjectNode().put("type", "conversation.closed"));
        conversations.close(id);
        return true;
    }
}
