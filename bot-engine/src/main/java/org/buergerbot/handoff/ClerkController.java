package org.buergerbot.handoff;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.buergerbot.conversation.ChatMessage;
import org.buergerbot.conversation.ConversationService;
import org.buergerbot.conversation.MessageRules;
import org.buergerbot.dialogue.AnswerEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The clerks' API (role CLERK): the queue, claiming, the transcript, replying and closing. */
@RestController
class ClerkController {

    private final ClerkQueue queue;
    private final Handoffs handoffs;
    private final ConversationService conversations;
    private final AnswerEngine engine;
    private final ClerkPresence presence;
    private final HandoffProperties properties;

    ClerkController(ClerkQueue queue, Handoffs handoffs, ConversationService conversations, AnswerEngine engine,
                    ClerkPresence presence, HandoffProperties properties) {
        this.queue = queue;
        this.handoffs = handoffs;
        this.conversations = conversations;
        this.engine = engine;
        this.presence = presence;
        this.properties = properties;
    }

    record Close(String outcome) {
    }

    record ClerkMessage(String clientMessageId, String text) {
    }

    @GetMapping("/api/v1/clerk/queue")
    List<QueueEntry> queue() {
        return queue.open();
    }

    @PostMapping("/api/v1/clerk/queue/{id}/claim")
    ResponseEntity<?> claim(@PathVariable UUID id, Principal clerk) {
        return switch (handoffs.claim(id, clerk.getName())) {
            case CLAIMED -> ResponseEntity.ok(queue.find(id).orElseThrow());
            case TAKEN -> conflict("This conversation is no longer waiting: another clerk has taken it, or it ended.");
            case AT_CAPACITY -> conflict("You already hold the maximum number of chats; close one first.");
        };
    }

    /** The knowledge-base answer of a candidate service, with local facts filled, for one-click insertion. */
    @GetMapping("/api/v1/clerk/knowledge/{service}")
    ResponseEntity<?> knowledge(@PathVariable String service) {
        return engine.serviceAnswer(service, "de").<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    record Me(String username, ClerkPresence.Status presence, int maxChats, int holding) {
    }

    record PresenceChange(ClerkPresence.Status presence) {
    }

    @GetMapping("/api/v1/clerk/me")
    Me me(Principal clerk) {
        return new Me(clerk.getName(), presence.statusOf(clerk.getName()), properties.maxChatsPerClerk(),
                queue.heldBy(clerk.getName()));
    }

    @PostMapping("/api/v1/clerk/presence")
    Me presence(@RequestBody PresenceChange change, Principal clerk) {
        if (change == null || change.presence() == null) {
            throw new MessageRules.InvalidMessageException("presence must be ONLINE or AWAY.");
        }
        presence.set(clerk.getName(), change.presence());
        return me(clerk);
    }

    @PostMapping("/api/v1/clerk/queue/{id}/close")
    ResponseEntity<?> close(@PathVariable UUID id, @RequestBody Close close, Principal clerk) {
        String outcome = close == null || close.outcome() == null || close.outcome().isBlank() ? "resolved"
                : close.outcome();
        if (outcome.length() > 32) {
            throw new MessageRules.InvalidMessageException("outcome must be at most 32 characters.");
        }
        if (!handoffs.close(id, clerk.getName(), outcome)) {
            return conflict("You do not hold this conversation.");
        }
        return ResponseEntity.ok(queue.find(id).orElseThrow());
    }

    @GetMapping("/api/v1/clerk/conversations/{id}/messages")
    List<ChatMessage> transcript(@PathVariable UUID id, @RequestParam(defaultValue = "0") long after) {
        queue.find(id).orElseThrow(org.buergerbot.conversation.ConversationNotFoundException::new);
        return conversations.messagesAfter(id, after);
    }

    @PostMapping("/api/v1/clerk/conversations/{id}/messages")
    ResponseEntity<?> reply(@PathVariable UUID id, @RequestBody ClerkMessage message, Principal clerk) {
        MessageRules.check(message.clientMessageId(), message.text());
        if (!queue.isHeldBy(id, clerk.getName())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Claim this conversation before replying to it."));
        }
        return ResponseEntity.ok(conversations.clerkSays(id, message.clientMessageId(), message.text()));
    }

    private static ResponseEntity<ProblemDetail> conflict(String detail) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail));
    }
}
