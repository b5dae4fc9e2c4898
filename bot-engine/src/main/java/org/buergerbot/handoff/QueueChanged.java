package org.buergerbot.handoff;

/** The clerk queue changed (enqueued, claimed, closed, abandoned); listeners push fresh snapshots. */
public record QueueChanged() {
}
