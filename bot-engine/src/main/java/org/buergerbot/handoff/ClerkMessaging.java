package org.buergerbot.handoff;

import java.security.Principal;
import java.util.Map;
import java.util.UUID;

import org.buergerbot.conversation.ConversationService;
import org.buergerbot.conversation.MessageRules;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

/** Clerks' STOMP destinations: replying and typing in a conversation they hold. */
@Controller
class ClerkMessaging {

    private final ClerkQueue queue;
    private final ConversationService conversations;
    private final SimpMessagingTemplate stomp;

    ClerkMessaging(ClerkQueue queue, ConversationService conversations, SimpMessagingTemplate stomp) {
        this.queue = queue;
        this.conversations = conversations;
        this.stomp = stomp;
    }

    @MessageMapping("/clerk/conversations/{id}/messages")
    void reply(@DestinationVariable UUID id, ClerkController.ClerkMessage message, Principal clerk) {
        MessageRules.check(message.clientMessageId(), message.text());
        requireHolder(id, clerk);
        conversations.clerkSays(id, message.clientMessageId(), message.text());
    }

    @MessageMapping("/clerk/conversations/{id}/typing")
    void typing(@DestinationVariable UUID id, Principal clerk) {
        requireHolder(id, clerk);
        stomp.convertAndSend("/topic/conversations/" + id + "/typing", (Object) Map.of("sender", "CLERK"));
    }

    private void requireHolder(UUID id, Principal clerk) {
        if (!queue.isHeldBy(id, clerk.getName())) {
            throw new AccessDeniedException("Claim this conversation before writing in it.");
        }
    }
}
