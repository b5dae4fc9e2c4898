package org.buergerbot.conversation;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** The citizen side of {@link ChatClients}, for tests in other packages (browser tests). */
public final class ChatClientsAccess {

    /** A started conversation. */
    public record Chat(String id, String token) {
    }

    private final ChatClients clients;

    public ChatClientsAccess(int port) {
        this.clients = new ChatClients(port);
    }

    public Chat startConversation() throws Exception {
        ChatClients.Citizen c = clients.startConversation();
        return new Chat(c.id(), c.token());
    }

    public void say(Chat chat, String clientMessageId, String text) throws Exception {
        int status = clients.citizenPost(new ChatClients.Citizen(chat.id(), chat.token()), "/messages",
                Map.of("clientMessageId", clientMessageId, "text", text)).statusCode();
        if (status != 202) {
            throw new IllegalStateException("Citizen message refused: " + status);
        }
    }

    public List<JsonNode> transcript(Chat chat) {
        try {
            return clients.transcript(new ChatClients.Citizen(chat.id(), chat.token()), 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims with a clerk's credentials and sends a reply; returns the HTTP status of the reply. */
    public int clerkReplies(String username, String password, Chat chat, String text) throws Exception {
        ChatClients.Staff clerk = clients.login(username, password);
        clients.staffPost(clerk, "/api/v1/clerk/queue/" + chat.id() + "/claim", Map.of());
        return clients.staffPost(clerk, "/api/v1/clerk/conversations/" + chat.id() + "/messages",
                Map.of("clientMessageId", "c-" + System.nanoTime(), "text", text)).statusCode();
    }
}
