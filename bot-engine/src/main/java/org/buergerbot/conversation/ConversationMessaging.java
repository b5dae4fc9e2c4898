package org.buergerbot.conversation;

import java.util.UUID;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Controller;

/**
 * Citizens' STOMP destinations. The STOMP authorisation has already checked that the sender owns the
 * conversation in the destination.
 */
@Controller
class ConversationMessaging {

    private final ConversationService service;
    private final SimpMessagingTemplate stomp;

    ConversationMessaging(ConversationService service, SimpMessagingTemplate stomp) {
        this.service = service;
        this.stomp = stomp;
    }

    @MessageMapping("/conversations/{id}/messages")
    void say(@DestinationVariable UUID id, ConversationController.CitizenMessage message) {
        boolean asksForPerson = message.check();
        Conversations.storeOnce(() -> service.citizenSays(id, message.clientMessageId(), message.text(),
                asksForPerson));
    }

    @MessageMapping("/conversations/{id}/feedback")
    void feedback(@DestinationVariable UUID id, ConversationController.Feedback feedback) {
        MessageRules.check(feedback.clientMessageId(), "feedback");
        Conversations.storeOnce(() -> service.feedback(id, feedback.clientMessageId(), feedback.about(),
                feedback.helpful()));
    }

    /** Typing indicators are relayed, never stored. */
    @MessageMapping("/conversations/{id}/typing")
    void typing(@DestinationVariable UUID id) {
        stomp.convertAndSend("/topic/conversations/" + id + "/typing", (Object) java.util.Map.of("sender", "CITIZEN"));
    }
}
