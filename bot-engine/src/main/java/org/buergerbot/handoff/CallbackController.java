package org.buergerbot.handoff;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.buergerbot.conversation.Conversation;
import org.buergerbot.conversation.ConversationService;
import org.buergerbot.conversation.MessageRules;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Citizens leave a callback request in their conversation; clerks list and complete them. */
@RestController
class CallbackController {

    private final CallbackRequests callbacks;
    private final ConversationService conversations;

    CallbackController(CallbackRequests callbacks, ConversationService conversations) {
        this.callbacks = callbacks;
        this.conversations = conversations;
    }

    record NewCallback(String contact, String question) {
    }

    @PostMapping("/api/v1/conversations/{id}/callback")
    ResponseEntity<Map<String, Object>> request(@PathVariable UUID id,
                                                @RequestHeader(name = "X-Conversation-Token", required = false) String token,
                                                @RequestBody NewCallback request) {
        Conversation conversation = conversations.authenticate(id, token);
        if (request.contact() == null || request.contact().isBlank() || request.contact().length() > 200) {
            throw new MessageRules.InvalidMessageException("contact (phone or e-mail) is required, at most 200 characters.");
        }
        if (request.question() == null || request.question().isBlank() || request.question().length() > 1000) {
            throw new MessageRules.InvalidMessageException("question is required, at most 1000 characters.");
        }
        UUID callbackId = callbacks.create(id, request.contact().strip(), request.question().strip(),
                conversation.lang());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", callbackId,
                "promiseHours", CallbackRequests.PROMISE.toHours()));
    }

    @GetMapping("/api/v1/clerk/callbacks")
    List<CallbackRequests.CallbackRequest> open() {
        return callbacks.open();
    }

    @PostMapping("/api/v1/clerk/callbacks/{id}/done")
    ResponseEntity<Void> done(@PathVariable UUID id, Principal clerk) {
        return callbacks.markDone(id, clerk.getName()) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.CONFLICT).build();
    }
}
