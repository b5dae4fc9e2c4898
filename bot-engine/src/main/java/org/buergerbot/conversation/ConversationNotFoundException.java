package org.buergerbot.conversation;

/** No conversation matches the id and token given (deliberately not saying which of the two is wrong). */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException() {
        super("No conversation with this id and token.");
    }
}
