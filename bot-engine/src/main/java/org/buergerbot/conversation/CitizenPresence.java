package org.buergerbot.conversation;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Whether a citizen is still there: connected over STOMP, or seen on the REST API within a grace period. Live
 * state of this node, deliberately not persisted: after a restart every citizen counts as seen at start-up, so
 * nobody is given up on because the server was down.
 */
@Component
public class CitizenPresence {

    private final Clock clock;
    private final Instant started;
    private final Map<String, UUID> conversationBySession = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> openSessions = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> lastSeen = new ConcurrentHashMap<>();

    CitizenPresence(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** The citizen called the API just now. */
    void seen(UUID conversationId) {
        lastSeen.put(conversationId, clock.instant());
    }

    /** True when the citizen has no live connection and was last seen longer ago than {@code grace}. */
    public boolean isGone(UUID conversationId, Duration grace) {
        if (openSessions.containsKey(conversationId)) {
            return false;
        }
        Instant seen = lastSeen.getOrDefault(conversationId, started);
        return !seen.plus(grace).isAfter(clock.instant());
    }

    /** Forgets a conversation that has ended. */
    void forget(UUID conversationId) {
        lastSeen.remove(conversationId);
    }

    /** Drops citizens not seen for a day, so the map stays as small as the set of recent conversations. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    void forgetOldVisits() {
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        lastSeen.entrySet().removeIf(e -> e.getValue().isBefore(dayAgo) && !openSessions.containsKey(e.getKey()));
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        Principal user = event.getUser();
        if (user instanceof CitizenPrincipal citizen) {
            String session = (String) event.getMessage().getHeaders().get("simpSessionId");
            conversationBySession.put(session, citizen.conversationId());
            openSessions.merge(citizen.conversationId(), 1, Integer::sum);
            seen(citizen.conversationId());
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        UUID conversationId = conversationBySession.remove(event.getSessionId());
        if (conversationId != null) {
            openSessions.computeIfPresent(conversationId, (id, n) -> n > 1 ? n - 1 : null);
            seen(conversationId);
        }
    }
}
