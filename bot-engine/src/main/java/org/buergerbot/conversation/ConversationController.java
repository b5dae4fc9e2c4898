package org.buergerbot.conversation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Citizens' conversation API. Every call but the first carries the conversation token in
 * {@value #TOKEN_HEADER}; there are no cookies. Messages can also be sent over STOMP; this REST path serves
 * resuming after a reload ({@code ?after=<last seq seen>}) and clients without WebSocket.
 */
@RestController
class ConversationController {

    static final String TOKEN_HEADER = "X-Conversation-Token";

    private final ConversationService service;

    ConversationController(ConversationService service) {
        this.service = service;
    }

    record StartRequest(String lang) {
    }

    /**
     * A citizen's message. {@code intent} is optional: "human-handoff" states that the citizen asked for a person
     * (a button, not typed words), so the bot hands over without classifying the text.
     */
    record CitizenMessage(String clientMessageId, String text, String intent) {
        /** Checks the message before anything is stored; true when it states that the citizen asked for a person. */
        boolean check() {
            MessageRules.check(clientMessageId, text);
            return MessageRules.asksForPerson(intent);
        }
    }

    record Feedback(String clientMessageId, long about, boolean helpful) {
    }

    @PostMapping("/api/v1/conversations")
    ResponseEntity<ConversationService.Started> start(@RequestBody(required = false) StartRequest request) {
        ConversationService.Started started = service.start(request == null ? null : request.lang());
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + started.id())).body(started);
    }

    @GetMapping("/api/v1/conversations/{id}/messages")
    List<ChatMessage> messages(@PathVariable UUID id, @RequestHeader(name = TOKEN_HEADER, required = false) String token,
                               @RequestParam(defaultValue = "0") long after) {
        service.authenticate(id, token);
        return service.messagesAfter(id, after);
    }

    @PostMapping("/api/v1/conversations/{id}/messages")
    ResponseEntity<Void> say(@PathVariable UUID id, @RequestHeader(name = TOKEN_HEADER, required = false) String token,
                             @RequestBody CitizenMessage message) {
        service.authenticate(id, token);
        boolean asksForPerson = message.check();
        Conversations.storeOnce(() -> service.citizenSays(id, message.clientMessageId(), message.text(),
                asksForPerson));
        return ResponseEntity.accepted().build();
    }

    /** The citizen ends the conversation; a clerk waiting to take it sees that it was abandoned. */
    @PostMapping("/api/v1/conversations/{id}/leave")
    ResponseEntity<Void> leave(@PathVariable UUID id, @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        service.authenticate(id, token);
        service.leave(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/conversations/{id}/feedback")
    ResponseEntity<Void> feedback(@PathVariable UUID id,
                                  @RequestHeader(name = TOKEN_HEADER, required = false) String token,
                                  @RequestBody Feedback feedback) {
        service.authenticate(id, token);
        MessageRules.check(feedback.clientMessageId(), "feedback");
        Conversations.storeOnce(() -> service.feedback(id, feedback.clientMessageId(), feedback.about(),
                feedback.helpful()));
        return ResponseEntity.accepted().build();
    }
}
