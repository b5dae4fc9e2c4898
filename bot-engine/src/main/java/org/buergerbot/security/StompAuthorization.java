package org.buergerbot.security;

import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.buergerbot.conversation.ConversationNotFoundException;
import org.buergerbot.conversation.CitizenPrincipal;
import org.buergerbot.conversation.ConversationService;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.messaging.web.csrf.XorCsrfChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * STOMP authorisation, frame by frame. CONNECT: a citizen presents {@value #TOKEN_HEADER} (no cookie, no CSRF);
 * staff connect over their logged-in HTTP session and must send the session's CSRF token. SUBSCRIBE and SEND:
 * a citizen only to its own conversation; clerk destinations need the clerk role; nobody sends to broker
 * destinations; everyone may read its own error queue ({@value #ERRORS}). Rate limits per conversation and per
 * client address. A violation becomes an ERROR frame.
 */
@Component
public class StompAuthorization implements ChannelInterceptor {

    public static final String TOKEN_HEADER = "conversation-token";
    public static final String CONVERSATION_HEADER = "conversation-id";
    public static final String REMOTE_ADDRESS = "buergerbot.remoteAddress";

    private static final Pattern CITIZEN_TOPIC = Pattern.compile("/topic/conversations/([0-9a-f-]{36})(/typing)?");
    private static final Pattern CITIZEN_SEND = Pattern.compile("/app/conversations/([0-9a-f-]{36})/(messages|feedback|typing)");
    private static final Pattern STAFF_TOPIC = Pattern.compile("/topic/(clerk/queue|conversations/[0-9a-f-]{36}(/typing)?)");
    /** Each session's own error queue (see {@code StompProblems}); user destinations resolve per session. */
    public static final String ERRORS = "/user/queue/errors";
    private static final Pattern STAFF_SEND = Pattern.compile("/app/clerk/conversations/[0-9a-f-]{36}/(messages|typing)");

    private final ConversationService conversations;
    private final ChannelInterceptor csrf = new XorCsrfChannelInterceptor();
    private final CitizenRateLimits limits;

    StompAuthorization(ConversationService conversations, CitizenRateLimits limits) {
        this.conversations = conversations;
        this.limits = limits;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        switch (stomp.getCommand()) {
            case CONNECT, STOMP -> connect(message, channel, stomp);
            case SUBSCRIBE -> subscribe(stomp);
            case SEND -> send(stomp);
            default -> {
            }
        }
        return message;
    }

    private void connect(Message<?> message, MessageChannel channel, StompHeaderAccessor stomp) {
        String token = stomp.getFirstNativeHeader(TOKEN_HEADER);
        if (token != null) {
            UUID id = parse(stomp.getFirstNativeHeader(CONVERSATION_HEADER));
            try {
                conversations.authenticate(id, token);
            } catch (ConversationNotFoundException e) {
                throw deny("Unknown conversation or wrong token.");
            }
            stomp.setUser(new CitizenPrincipal(id));
            return;
        }
        if (!(stomp.getUser() instanceof Authentication staff) || !staff.isAuthenticated()) {
            throw deny("Log in, or present a conversation token.");
        }
        csrf.preSend(message, channel); // throws on a missing or wrong CSRF token
    }

    private void subscribe(StompHeaderAccessor stomp) {
        String destination = stomp.getDestination() == null ? "" : stomp.getDestination();
        Principal user = stomp.getUser();
        if (ERRORS.equals(destination) && (user instanceof CitizenPrincipal || isClerk(user))) {
            return;
        }
        if (user instanceof CitizenPrincipal citizen) {
            Matcher m = CITIZEN_TOPIC.matcher(destination);
            if (m.matches() && UUID.fromString(m.group(1)).equals(citizen.conversationId())) {
                return;
            }
            throw deny("A citizen may only subscribe to its own conversation.");
        }
        if (isClerk(user) && STAFF_TOPIC.matcher(destination).matches()) {
            return;
        }
        throw deny("Not allowed to subscribe to " + destination + ".");
    }

    private void send(StompHeaderAccessor stomp) {
        String destination = stomp.getDestination() == null ? "" : stomp.getDestination();
        Principal user = stomp.getUser();
        Map<String, Object> session = stomp.getSessionAttributes();
        Object address = session == null ? null : session.get(REMOTE_ADDRESS);
        if (address != null && !limits.addressMayPost(address.toString())) {
            throw deny("Too many messages from this address; please wait a minute.");
        }
        if (user instanceof CitizenPrincipal citizen) {
            Matcher m = CITIZEN_SEND.matcher(destination);
            if (!m.matches() || !UUID.fromString(m.group(1)).equals(citizen.conversationId())) {
                throw deny("A citizen may only write in its own conversation.");
            }
            if (!limits.conversationMayPost(citizen.conversationId().toString())) {
                throw deny("Too many messages in this conversation; please wait a minute.");
            }
            return;
        }
        if (isClerk(user) && STAFF_SEND.matcher(destination).matches()) {
            return;
        }
        throw deny("Not allowed to send to " + destination + ".");
    }

    private static boolean isClerk(Principal user) {
        if (!(user instanceof Authentication auth) || !auth.isAuthenticated()) {
            return false;
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_" + SecurityConfiguration.CLERK)
                        || a.equals("ROLE_" + SecurityConfiguration.ADMIN));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException e) {
            throw deny("Header " + CONVERSATION_HEADER + " must be a conversation id.");
        }
    }

    private static MessageDeliveryException deny(String reason) {
        return new MessageDeliveryException(reason);
    }
}
