package org.buergerbot.handoff;

import java.time.Duration;

import org.buergerbot.conversation.CitizenPresence;
import org.buergerbot.conversation.ConversationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the queue honest while nothing else happens: waiting citizens get a fresh position and wait estimate
 * (clerks come and go), and a citizen who closed the page and did not come back leaves the queue as abandoned,
 * so clerks do not claim empty chats.
 */
@Component
public class QueueUpkeep {

    private final ClerkQueue queue;
    private final CitizenPresence citizens;
    private final ConversationService conversations;
    private final HandoffProperties properties;
    private final ApplicationEventPublisher events;

    QueueUpkeep(ClerkQueue queue, CitizenPresence citizens, ConversationService conversations,
                HandoffProperties properties, ApplicationEventPublisher events) {
        this.queue = queue;
        this.citizens = citizens;
        this.conversations = conversations;
        this.properties = properties;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${buergerbot.handoff.upkeep-interval:30s}",
            initialDelayString = "${buergerbot.handoff.upkeep-interval:30s}")
    void run() {
        if (abandonAbsentCitizens(properties.abandonAfter()).stillWaiting() > 0) {
            events.publishEvent(new QueueChanged());
        }
    }

    /** What one upkeep pass did to the waiting chats. */
    public record Pass(int abandoned, int stillWaiting) {
    }

    /** Ends the waiting chats whose citizen has been gone longer than {@code grace}. */
    public Pass abandonAbsentCitizens(Duration grace) {
        int abandoned = 0;
        int waiting = 0;
        for (QueueEntry entry : queue.open()) {
            if (entry.status() != QueueEntry.Status.WAITING) {
                continue;
            }
            if (citizens.isGone(entry.conversationId(), grace)) {
                conversations.leave(entry.conversationId());
                abandoned++;
            } else {
                waiting++;
            }
        }
        return new Pass(abandoned, waiting);
    }
}
