package org.buergerbot.handoff;

import java.util.List;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes queue changes after they commit: the full open queue to clerks ({@code /topic/clerk/queue}) and
 * each waiting citizen's position and estimated wait to their conversation topic (not stored: it is live state).
 */
@Component
class QueueBroadcaster {

    static final String CLERK_QUEUE = "/topic/clerk/queue";

    private final ClerkQueue queue;
    private final SimpMessagingTemplate stomp;
    private final JsonMapper json;
    private final HandoffProperties properties;
    private final ClerkPresence clerks;

    QueueBroadcaster(ClerkQueue queue, SimpMessagingTemplate stomp, JsonMapper json, HandoffProperties properties,
                     ClerkPresence clerks) {
        this.queue = queue;
        this.stomp = stomp;
        this.json = json;
        this.properties = properties;
        this.clerks = clerks;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueChanged changed) {
        List<QueueEntry> open = queue.open();
        stomp.convertAndSend(CLERK_QUEUE, open);
        // Clerks online share the queue; with none online the estimate assumes one will come.
        long serving = Math.max(1, clerks.clerksOnline());
        int position = 0;
        for (QueueEntry entry : open) {
            if (entry.status() == QueueEntry.Status.WAITING) {
                position++;
                stomp.convertAndSend("/topic/conversations/" + entry.conversationId(), json.createObjectNode()
                        .put("kind", "event")
                        .set("body", json.createObjectNode().put("type", "queue.position").put("position", position)
                                .put("estimatedWaitMinutes",
                                        waitMinutes(position, serving, properties.averageMinutesPerChat()))));
            }
        }
    }

    /** The expected wait of the citizen at a 1-based queue position, rounded up to whole minutes. */
    static long waitMinutes(int position, long clerksServing, int minutesPerChat) {
        return (position * (long) minutesPerChat + clerksServing - 1) / clerksServing;
    }
}
