package org.buergerbot.conversation;

/** Where a conversation stands: with the bot, handed to the clerk queue, or over. */
public enum ConversationStatus { BOT, HANDED_OFF, CLOSED }
