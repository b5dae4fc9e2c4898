package org.buergerbot.web;

import java.net.URI;
import java.util.Locale;

import org.buergerbot.conversation.ConversationNotFoundException;
import org.buergerbot.conversation.MessageRules;
import org.buergerbot.dialogue.InvalidQuestionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every client error of the API as {@code application/problem+json} (RFC 9457) with a stable problem type, and
 * no stack trace for anything else.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://buergerbot.org/problems/";

    @ExceptionHandler(InvalidQuestionException.class)
    ProblemDetail invalidQuestion(InvalidQuestionException e) {
        String slug = e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return problem(HttpStatus.BAD_REQUEST, slug, e.getMessage());
    }

    @ExceptionHandler(MessageRules.InvalidMessageException.class)
    ProblemDetail invalidMessage(MessageRules.InvalidMessageException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-message", e.getMessage());
    }

    @ExceptionHandler(ConversationNotFoundException.class)
    ProblemDetail unknownConversation(ConversationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-conversation", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-json",
                "The request body is not valid JSON of the form {\"text\": \"...\", \"lang\": \"de\"}."));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        logger.error("Unexpected error while answering", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "The request could not be processed. Please try again later.");
    }

    static ProblemDetail problem(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(switch (slug) {
            case "missing-text" -> "Missing text";
            case "text-too-long" -> "Text too long";
            case "unsupported-language" -> "Unsupported language";
            case "malformed-json" -> "Malformed JSON";
            case "invalid-message" -> "Invalid message";
            case "unknown-conversation" -> "Unknown conversation";
            default -> status.getReasonPhrase();
        });
        return problem;
    }
}
