package org.buergerbot.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.buergerbot.conversation.ConversationEscalated;
import org.buergerbot.conversation.ConversationService;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a citizen honestly when nobody can take the chat now (outside office hours, or no clerk online): the
 * hours, the next opening, the hotline, and that a callback request can be left. The conversation stays queued.
 */
@Component
class AvailabilityNotice {

    private final OfficeHours hours;
    private final ClerkPresence presence;
    private final ConversationService conversations;
    private final JsonMapper json;
    private final Clock clock;

    AvailabilityNotice(OfficeHoursProperties properties, ClerkPresence presence, ConversationService conversations,
                       JsonMapper json, Clock clock) {
        this.hours = properties.toOfficeHours();
        this.presence = presence;
        this.conversations = conversations;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Order(2) // after the queue has taken the conversation
    void on(ConversationEscalated escalated) {
        Instant now = clock.instant();
        boolean open = hours.isOpen(now);
        if (open && presence.clerksOnline() > 0) {
            return;
        }
        Locale locale = "en".equals(escalated.lang()) ? Locale.ENGLISH : Locale.GERMAN;
        String text = open
                ? "Gerade ist leider keine Mitarbeiterin und kein Mitarbeiter im Chat erreichbar. Sie bleiben in der "
                        + "Warteschlange; telefonisch erreichen Sie uns unter " + hours.hotline() + "."
                : "Unser Chat-Team ist außerhalb der Öffnungszeiten nicht erreichbar (" + hours.describe(locale)
                        + "). Telefonisch erreichen Sie uns unter " + hours.hotline() + ".";
        ObjectNode event = json.createObjectNode()
                .put("type", "handoff.unavailable")
                .put("reason", open ? "no-clerk-online" : "closed")
                .put("text", text + " Sie können uns auch eine Rückrufbitte hinterlassen.")
                .put("hours", hours.describe(locale))
                .put("hotline", hours.hotline())
                .put("callback", true);
        hours.nextOpening(now).ifPresent(next -> event.put("nextOpening", next.toOffsetDateTime().toString()));
        conversations.event(escalated.conversationId(), event);
    }
}
