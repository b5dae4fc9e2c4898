package org.buergerbot.dialogue;

/** What the bot does with a message. */
public enum Action {
    /** A confident knowledge-base answer. */
    ANSWER,
    /** Two or three services are close: the citizen chooses. */
    CLARIFY,
    /** Greeting, thanks, goodbye or a question about the bot. */
    SMALLTALK,
    /** A human should take over: asked for, or an administrative question the bot cannot answer well. */
    HANDOFF,
    /** Not about public services at all. */
    DECLINE
}
