package org.buergerbot.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.buergerbot.dialogue.Action;
import org.buergerbot.dialogue.AnswerEngine;
import org.buergerbot.dialogue.BotReply;
import org.buergerbot.dialogue.DecisionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation flow: stores every message, lets the answer engine reply while the bot has the
 * conversation, and escalates to the clerk queue when the citizen asks for a human, after
 * {@link #FAILED_ANSWERS_BEFORE_HANDOFF} unanswered messages in a row, or after negative feedback.
 */
@Service
public class ConversationService {

    static final int FAILED_ANSWERS_BEFORE_HANDOFF = 2;
    static final int MAX_PAGE = 500;

    private final Conversations conversations;
    private final AnswerEngine engine;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final CitizenPresence presence;

    ConversationService(Conversations conversations, AnswerEngine engine, ApplicationEventPublisher events,
                        JsonMapper json, Clock clock, CitizenPresence presence) {
        this.conversations = conversations;
        this.engine = engine;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.presence = presence;
    }

    /** A started conversation and its token, which is shown to the citizen once and never stored. */
    public record Started(UUID id, String token, String lang) {
    }

    public Started start(String lang) {
        String language = lang == null ? "de" : lang;
        if (!engine.languages().contains(language)) {
            throw new org.buergerbot.dialogue.InvalidQuestionException(
                    org.buergerbot.dialogue.InvalidQuestionException.Problem.UNSUPPORTED_LANGUAGE,
                    "Language '" + language + "' is not supported; supported: " + engine.languages());
        }
        UUID id = UUID.randomUUID();
        String token = ConversationToken.generate();
        conversations.create(id, ConversationToken.hash(token), language, clock.instant());
        return new Started(id, token, language);
    }

    /** The conversation this token belongs to, or an exception that does not reveal whether the id exists. */
    public Conversation authenticate(UUID id, String token) {
        if (token == null || token.isBlank()) {
            throw new ConversationNotFoundException();
        }
        Conversation conversation = conversations.findByTokenHash(ConversationToken.hash(token))
                .filter(c -> c.id().equals(id))
                .orElseThrow(ConversationNotFoundException::new);
        presence.seen(id);
        return conversation;
    }

    public Conversation find(UUID id) {
        return conversations.find(id).orElseThrow(ConversationNotFoundException::new);
    }

    public List<ChatMessage> messagesAfter(UUID id, long afterSeq) {
        return conversations.messagesAfter(id, afterSeq, MAX_PAGE);
    }

    /**
     * Stores a citizen's message and, while the bot has the conversation, the bot's reply. A resend with the
     * same client message id stores and answers nothing new. {@code asksForPerson}: the citizen pressed "talk to a
     * person", so the bot hands over without classifying the text.
     */
    @Transactional
    public void citizenSays(UUID id, String clientMessageId, String text, boolean asksForPerson) {
        Conversation conversation = find(id);
        if (conversation.status() == ConversationStatus.CLOSED) {
            throw new IllegalStateException("This conversation is closed; please start a new one.");
        }
        Conversations.Appended appended = append(id, clientMessageId, ChatMessage.Sender.CITIZEN, ChatMessage.TEXT,
                json.createObjectNode().put("text", text));
        if (!appended.stored() || conversation.status() != ConversationStatus.BOT) {
            return;
        }
        BotReply reply = asksForPerson ? engine.personRequested(conversation.lang())
                : engine.answer(text, conversation.lang());
        append(id, null, ChatMessage.Sender.BOT, ChatMessage.BOT_REPLY, json.valueToTree(reply));
        if (reply.action() == Action.HANDOFF && DecisionPolicy.HUMAN_HANDOFF.equals(reply.intent())) {
            // "A person, please" names no topic; the bot's last answer or options before it are the clerk's lead.
            escalate(conversation, ConversationEscalated.Reason.REQUESTED, lastReplyWithCandidates(id).orElse(reply));
        } else if (reply.action() == Action.HANDOFF || reply.action() == Action.CLARIFY) {
            if (conversations.countFailedAnswer(id) >= FAILED_ANSWERS_BEFORE_HANDOFF) {
                escalate(conversation, ConversationEscalated.Reason.FAILED_ATTEMPTS, reply);
            }
        } else if (reply.action() == Action.ANSWER) {
            conversations.resetFailedAnswers(id);
        }
    }

    /** Stores the citizen's feedback on a bot answer; "not helpful" hands the conversation to a human. */
    @Transactional
    public void feedback(UUID id, String clientMessageId, long aboutSeq, boolean helpful) {
        Conversation conversation = find(id);
        ChatMessage about = conversations.messagesAfter(id, aboutSeq - 1, 1).stream()
                .filter(m -> m.seq() == aboutSeq && ChatMessage.BOT_REPLY.equals(m.kind()))
                .findFirst()
                .orElseThrow(() -> new MessageRules.InvalidMessageException(
                        "Feedback must be about a bot reply of this conversation; message " + aboutSeq + " is none."));
        Conversations.Appended appended = append(id, clientMessageId, ChatMessage.Sender.CITIZEN, ChatMessage.FEEDBACK,
                json.createObjectNode().put("about", aboutSeq).put("helpful", helpful));
        if (appended.stored() && !helpful && conversation.status() == ConversationStatus.BOT) {
            // The answer the citizen rejected is still the clerk's best lead.
            escalate(conversation, ConversationEscalated.Reason.NEGATIVE_FEEDBACK,
                    json.treeToValue(about.body(), BotReply.class));
        }
    }

    /** A clerk's message (the clerk queue checks that this clerk holds the conversation). */
    @Transactional
    public ChatMessage clerkSays(UUID id, String clientMessageId, String text) {
        return append(id, clientMessageId, ChatMessage.Sender.CLERK, ChatMessage.TEXT,
                json.createObjectNode().put("text", text)).message();
    }

    /** A system event in the transcript, e.g. "a clerk has joined". */
    @Transactional
    public ChatMessage event(UUID id, JsonNode event) {
        return append(id, null, ChatMessage.Sender.SYSTEM, ChatMessage.EVENT, event).message();
    }

    /**
     * The citizen ends the conversation (or has left it for good): it is closed, the transcript says so, and a
     * hand-off still in the queue is abandoned. Leaving a closed conversation changes nothing.
     */
    @Transactional
    public void leave(UUID id) {
        if (find(id).status() == ConversationStatus.CLOSED) {
            return;
        }
        event(id, json.createObjectNode().put("type", "citizen.left"));
        conversations.setStatus(id, ConversationStatus.CLOSED, clock.instant());
        presence.forget(id);
        events.publishEvent(new ConversationLeft(id));
    }

    @Transactional
    public void close(UUID id) {
        conversations.setStatus(id, ConversationStatus.CLOSED, clock.instant());
        presence.forget(id);
    }

    private Conversations.Appended append(UUID id, String clientMessageId, ChatMessage.Sender sender, String kind,
                                          JsonNode body) {
        Conversations.Appended appended = conversations.append(id, clientMessageId, sender, kind, body,
                clock.instant());
        if (appended.stored()) {
            events.publishEvent(new MessageAppended(appended.message()));
        }
        return appended;
    }

    private Optional<BotReply> lastReplyWithCandidates(UUID id) {
        List<ChatMessage> messages = conversations.messagesAfter(id, 0, MAX_PAGE);
        for (ChatMessage m : messages.reversed()) {
            if (ChatMessage.BOT_REPLY.equals(m.kind())) {
                BotReply earlier = json.treeToValue(m.body(), BotReply.class);
                if (earlier.answer() != null || !earlier.options().isEmpty()) {
                    return Optional.of(earlier);
                }
            }
        }
        return Optional.empty();
    }

    private void escalate(Conversation conversation, ConversationEscalated.Reason reason, BotReply reply) {
        conversations.setStatus(conversation.id(), ConversationStatus.HANDED_OFF, clock.instant());
        List<String> candidates = reply == null ? List.of()
                : reply.answer() != null ? List.of(reply.answer().service())
                : reply.options().stream().map(BotReply.Option::service).toList();
        String topic = candidates.isEmpty() ? null : candidates.getFirst();
        events.publishEvent(new ConversationEscalated(conversation.id(), reason, conversation.lang(), topic,
                candidates));
    }
}
