package org.buergerbot.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.buergerbot.conversation.ConversationNotFoundException;
import org.buergerbot.conversation.MessageRules;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * What went wrong with a STOMP SEND, told to the sending session only on {@code /user/queue/errors}, in the
 * same problem types as the REST API. The session stays open: a message too long is the citizen's mistake, not
 * a reason to drop the connection.
 */
@ControllerAdvice
class StompProblems {

    private static final Log log = LogFactory.getLog(StompProblems.class);
    static final String ERRORS = "/queue/errors";

    /** An error frame's body. */
    record StompProblem(String type, String title, String detail) {
        static StompProblem of(String slug, String title, String detail) {
            return new StompProblem(ApiProblems.TYPE_BASE + slug, title, detail);
        }
    }

    @MessageExceptionHandler(MessageRules.InvalidMessageException.class)
    @SendToUser(destinations = ERRORS, broadcast = false)
    StompProblem invalidMessage(MessageRules.InvalidMessageException e) {
        return StompProblem.of("invalid-message", "Invalid message", e.getMessage());
    }

    @MessageExceptionHandler(MessageConversionException.class)
    @SendToUser(destinations = ERRORS, broadcast = false)
    StompProblem malformed(MessageConversionException e) {
        return StompProblem.of("malformed-json", "Malformed JSON",
                "The frame body is not JSON of the form {\"clientMessageId\": \"...\", \"text\": \"...\"}.");
    }

    @MessageExceptionHandler({AccessDeniedException.class, ConversationNotFoundException.class})
    @SendToUser(destinations = ERRORS, broadcast = false)
    StompProblem forbidden(RuntimeException e) {
        return StompProblem.of("forbidden", "Forbidden", e.getMessage());
    }

    @MessageExceptionHandler(IllegalStateException.class)
    @SendToUser(destinations = ERRORS, broadcast = false)
    StompProblem conflict(IllegalStateException e) {
        return StompProblem.of("conflict", "Conflict", e.getMessage());
    }

    @MessageExceptionHandler(RuntimeException.class)
    @SendToUser(destinations = ERRORS, broadcast = false)
    StompProblem unexpected(RuntimeException e) {
        log.error("Unexpected error in a STOMP handler", e);
        return StompProblem.of("internal-error", "Internal Server Error",
                "The message could not be processed. Please try again later.");
    }
}
