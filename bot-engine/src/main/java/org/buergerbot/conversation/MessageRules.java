package org.buergerbot.conversation;

import java.util.regex.Pattern;

import org.buergerbot.dialogue.AnswerEngine;
import org.buergerbot.dialogue.DecisionPolicy;

/** Checks a chat message before anything is stored: a client message id for idempotent resends, a sane text. */
public final class MessageRules {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private MessageRules() {
    }

    /** @throws InvalidMessageException naming what is wrong */
    public static void check(String clientMessageId, String text) {
        if (clientMessageId == null || !CLIENT_ID.matcher(clientMessageId).matches()) {
            throw new InvalidMessageException("clientMessageId must be 1 to 64 letters, digits, '-' or '_'.");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidMessageException("Text is missing or blank.");
        }
        if (text.length() > AnswerEngine.MAX_TEXT_LENGTH) {
            throw new InvalidMessageException("Text has " + text.length() + " characters; at most "
                    + AnswerEngine.MAX_TEXT_LENGTH + " are accepted.");
        }
    }

    /**
     * Whether a message states that the citizen asked for a person; the only intent a client may state.
     *
     * @throws InvalidMessageException for any other stated intent
     */
    public static boolean asksForPerson(String intent) {
        if (intent == null) {
            return false;
        }
        if (!DecisionPolicy.HUMAN_HANDOFF.equals(intent)) {
            throw new InvalidMessageException("intent may only be '" + DecisionPolicy.HUMAN_HANDOFF
                    + "' (the citizen asked for a person) or absent.");
        }
        return true;
    }

    /** A chat message that cannot be accepted. */
    public static class InvalidMessageException extends RuntimeException {
        public InvalidMessageException(String message) {
            super(message);
        }
    }
}
