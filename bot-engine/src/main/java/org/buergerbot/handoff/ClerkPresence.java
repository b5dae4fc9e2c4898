package org.buergerbot.handoff;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Which clerks are connected right now (one entry per STOMP session) and whether they are available or away,
 * for honest availability messages. Presence is live state and deliberately not persisted.
 */
@Component
public class ClerkPresence {

    /** A clerk's own availability setting. */
    public enum Status { ONLINE, AWAY }

    private final Map<String, String> clerksBySession = new ConcurrentHashMap<>();
    private final Map<String, Status> statusByClerk = new ConcurrentHashMap<>();

    public Status statusOf(String clerk) {
        return statusByClerk.getOrDefault(clerk, Status.ONLINE);
    }

    public void set(String clerk, Status status) {
        statusByClerk.put(clerk, status);
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        Principal user = event.getUser();
        if (user instanceof Authentication auth && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_CLERK") || a.getAuthority().equals("ROLE_ADMIN"))) {
            String session = (String) event.getMessage().getHeaders().get("simpSessionId");
            clerksBySession.put(session, auth.getName());
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        clerksBySession.remove(event.getSessionId());
    }

    /** Connected clerks who are not away. */
    public long clerksOnline() {
        return clerksBySession.values().stream().distinct().filter(c -> statusOf(c) == Status.ONLINE).count();
    }
}
