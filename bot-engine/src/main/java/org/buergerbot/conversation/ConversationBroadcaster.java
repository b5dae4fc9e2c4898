package org.buergerbot.conversation;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each stored message, once committed, to its conversation's topic, which only that citizen and clerks
 * may subscribe to (see the STOMP authorisation).
 */
@Component
class ConversationBroadcaster {

    private final SimpMessagingTemplate stomp;

    ConversationBroadcaster(SimpMessagingTemplate stomp) {
        this.stomp = stomp;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageAppended appended) {
        stomp.convertAndSend("/topic/conversations/" + appended.message().conversationId(), appended.message());
    }
}
