package org.buergerbot.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation in the clerk queue, as clerks see it. */
public record QueueEntry(UUID conversationId, Status status, String reason, String lang, String topic,
                         List<String> candidates, String clerk, String outcome, Instant enqueuedAt,
                         Instant assignedAt, Instant closedAt) {

    /** WAITING -> ASSIGNED -> CLOSED, or ABANDONED when the citizen leaves. */
    public enum Status { WAITING, ASSIGNED, CLOSED, ABANDONED }
}
