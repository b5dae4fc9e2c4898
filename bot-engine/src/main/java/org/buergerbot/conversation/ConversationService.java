package org.buergerbot.conversation;

import java.time.Clock;
import java.util.List;
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

    ConversationService(Conversations conversations, AnswerEngine engine, ApplicationEventPublisher events,
                        JsonMapper json, Clock clock) {
        this.conversations = conversations;
        this.engine = engine;
        this.events = events;
        this.json = json;
        this.clock = clock;
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
        return conversations.findByTokenHash(ConversationToken.hash(token))
                .filter(c -> c.id().equals(id))
                .orElseThrow(ConversationNotFoundException::new);
    }

    public Conversation find(UUID id) {
        return conversations.find(id).orElseThrow(ConversationNotFoundException::new);
    }

    public List<ChatMessage> messagesAfter(UUID id, long afterSeq) {
        return conversations.messagesAfter(id, afterSeq, MAX_PAGE);
    }

    /**
     * Stores a citizen's message and, while the bot has the conversation, the bot's reply. A resend with the
     * same client message id stores and answers nothing new.
     */
    @Transactional
    public void citizenSays(UUID id, String clientMessageId, String text) {
        Conversation conversation = find(id);
        if (conversation.status() == ConversationStatus.CLOSED) {
            throw new IllegalStateException("This conversation is closed; please start a new one.");
        }
        Conversations.Appended appended = append(id, clientMessageId, ChatMessage.Sender.CITIZEN, ChatMessage.TEXT,
                json.createObjectNode().put("text", text));
        if (!appended.stored() || conversation.status() != ConversationStatus.BOT) {
            return;
        }
        BotReply reply = engine.answer(text, conversation.lang());
        append(id, null, ChatMessage.Sender.BOT, ChatMessage.BOT_REPLY, json.valueToTree(reply));
        if (reply.action() == Action.HANDOFF && DecisionPolicy.HUMAN_HANDOFF.equals(reply.intent())) {
            escalate(conversation, ConversationEscalated.Reason.REQUESTED, reply);
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
        Conversations.Appended appended = append(id, clientMessageId, ChatMessage.Sender.CITIZEN, ChatMessage.FEEDBACK,
                json.createObjectNode().put("about", aboutSeq).put("helpful", helpful));
        if (appended.stored() && !helpful && conversation.status() == ConversationStatus.BOT) {
            escalate(conversation, ConversationEscalated.Reason.NEGATIVE_FEEDBACK, null);
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

    @Transactional
    public void close(UUID id) {
        conversations.setStatus(id, ConversationStatus.CLOSED, clock.instant());
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
