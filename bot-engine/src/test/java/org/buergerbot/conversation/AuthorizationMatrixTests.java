package org.buergerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.util.Map;

import org.buergerbot.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.web.socket.WebSocketHttpHeaders;

/**
 * {citizen A, citizen B, clerk, editor, anonymous} x {REST, CONNECT, SUBSCRIBE, SEND}, over real HTTP and a real
 * STOMP client. Denied STOMP frames must end in an ERROR frame; allowed ones must not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTests {

    static final String PASSWORD = "correct horse battery";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcUserDetailsManager users;
    @Autowired
    PasswordEncoder encoder;

    ChatClients clients;
    ChatClients.Citizen a;
    ChatClients.Citizen b;

    @BeforeEach
    void setUp() throws Exception {
        clients = new ChatClients(port);
        for (String[] u : new String[][] {{"clerk1", "ROLE_CLERK"}, {"editor1", "ROLE_EDITOR"}}) {
            StaffAccounts.ensure(users, encoder, u[0], PASSWORD, u[1]);
        }
        a = clients.startConversation();
        b = clients.startConversation();
    }

    @Test
    void rest() throws Exception {
        // citizens: own conversation only, with the token; no clerk API
        assertThat(clients.citizenPost(a, "/messages", ChatClients.message("m1", "Hallo")).statusCode()).isEqualTo(202);
        assertThat(clients.citizenPost(new ChatClients.Citizen(b.id(), a.token()), "/messages",
                ChatClients.message("m1", "Hallo")).statusCode()).isEqualTo(404);
        assertThat(clients.send(HttpRequest.newBuilder(clients.uri("/api/v1/conversations/" + a.id() + "/messages"))
                .GET()).statusCode()).isEqualTo(404);
        assertThat(clients.send(HttpRequest.newBuilder(clients.uri("/api/v1/clerk/queue"))
                .header("X-Conversation-Token", a.token()).GET()).statusCode()).isEqualTo(401);
        // anonymous
        assertThat(clients.send(HttpRequest.newBuilder(clients.uri("/api/v1/clerk/queue")).GET()).statusCode())
                .isIn(401, 302);
        // clerk
        ChatClients.Staff clerk = clients.login("clerk1", PASSWORD);
        assertThat(clients.staffGet(clerk, "/api/v1/clerk/queue").statusCode()).isEqualTo(200);
        assertThat(clients.staffGet(clerk, "/api/v1/clerk/conversations/" + a.id() + "/messages").statusCode())
                .as("only queued conversations are visible to clerks").isEqualTo(404);
        assertThat(clients.send(HttpRequest.newBuilder(clients.uri("/api/v1/clerk/queue/" + a.id() + "/claim"))
                .header("Authorization", clerk.basic()).header("Cookie", clerk.cookie())
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).as("claim without CSRF token").isEqualTo(403);
        assertThat(clients.staffPost(clerk, "/api/v1/admin/users", Map.of()).statusCode()).isEqualTo(403);
        // editor
        ChatClients.Staff editor = clients.login("editor1", PASSWORD);
        assertThat(clients.staffGet(editor, "/api/v1/clerk/queue").statusCode()).isEqualTo(403);
        assertThat(clients.staffPost(editor, "/api/v1/clerk/queue/" + a.id() + "/claim", Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void connect() throws Exception {
        assertThat(clients.connectCitizen(a).isConnected()).isTrue();
        assertConnectRefused(new WebSocketHttpHeaders(), h -> {
            h.add("conversation-id", b.id());
            h.add("conversation-token", a.token());
        });
        assertConnectRefused(new WebSocketHttpHeaders(), h -> { });
        ChatClients.Staff clerk = clients.login("clerk1", PASSWORD);
        assertThat(clients.connectStaff(clerk).isConnected()).isTrue();
        WebSocketHttpHeaders noCsrf = new WebSocketHttpHeaders();
        noCsrf.add("Authorization", clerk.basic());
        noCsrf.add("Cookie", clerk.cookie());
        assertConnectRefused(noCsrf, h -> { });
        assertThat(clients.connectStaff(clients.login("editor1", PASSWORD)).isConnected()).isTrue();
    }

    @Test
    void subscribe() throws Exception {
        assertSubscribe(connectCitizen(a), "/topic/conversations/" + a.id(), true);
        assertSubscribe(connectCitizen(a), "/topic/conversations/" + b.id(), false);
        assertSubscribe(connectCitizen(b), "/topic/conversations/" + a.id() + "/typing", false);
        assertSubscribe(connectCitizen(a), "/topic/clerk/queue", false);
        assertSubscribe(connectStaff("clerk1"), "/topic/clerk/queue", true);
        assertSubscribe(connectStaff("clerk1"), "/topic/conversations/" + a.id(), true);
        assertSubscribe(connectStaff("editor1"), "/topic/clerk/queue", false);
        assertSubscribe(connectStaff("editor1"), "/topic/conversations/" + a.id(), false);
    }

    @Test
    void send() throws Exception {
        assertSend(connectCitizen(a), "/app/conversations/" + a.id() + "/typing", true);
        assertSend(connectCitizen(a), "/app/conversations/" + b.id() + "/messages", false);
        assertSend(connectCitizen(a), "/topic/conversations/" + a.id(), false);
        assertSend(connectCitizen(b), "/app/clerk/conversations/" + b.id() + "/messages", false);
        assertSend(connectStaff("clerk1"), "/topic/clerk/queue", false);
        assertSend(connectStaff("editor1"), "/app/clerk/conversations/" + a.id() + "/messages", false);
        assertSend(connectStaff("clerk1"), "/app/conversations/" + a.id() + "/messages", false);
    }

    private record Connection(StompSession session, ChatClients.Errors errors) {
    }

    private Connection connectCitizen(ChatClients.Citizen citizen) throws Exception {
        ChatClients.Errors errors = new ChatClients.Errors();
        StompSession session = clients.connect(new WebSocketHttpHeaders(), h -> {
            h.add("conversation-id", citizen.id());
            h.add("conversation-token", citizen.token());
        }, errors);
        return new Connection(session, errors);
    }

    private Connection connectStaff(String username) throws Exception {
        ChatClients.Staff staff = clients.login(username, PASSWORD);
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", staff.basic());
        handshake.add("Cookie", staff.cookie());
        ChatClients.Errors errors = new ChatClients.Errors();
        StompSession session = clients.connect(handshake, h -> h.add(staff.csrfHeader(), staff.csrfToken()), errors);
        return new Connection(session, errors);
    }

    private void assertSubscribe(Connection c, String destination, boolean allowed) throws Exception {
        c.session().subscribe(destination, new ChatClients.Inbox());
        assertOutcome(c, "SUBSCRIBE " + destination, allowed);
    }

    private void assertSend(Connection c, String destination, boolean allowed) throws Exception {
        c.session().send(destination, ChatClients.message("s1", "Hallo"));
        assertOutcome(c, "SEND " + destination, allowed);
    }

    private static void assertOutcome(Connection c, String frame, boolean allowed) throws Exception {
        String error = c.errors().next();
        if (allowed) {
            assertThat(error).as(frame + " should be allowed").isNull();
            assertThat(c.session().isConnected()).isTrue();
        } else {
            assertThat(error).as(frame + " should be refused with an ERROR frame").isNotNull();
        }
        try {
            c.session().disconnect();
        } catch (RuntimeException alreadyClosedByTheServer) {
            // a refused frame closes the session from the server side
        }
    }

    private void assertConnectRefused(WebSocketHttpHeaders handshake,
                                      java.util.function.Consumer<org.springframework.messaging.simp.stomp.StompHeaders> headers) {
        ChatClients.Errors errors = new ChatClients.Errors();
        assertThatThrownBy(() -> {
            StompSession session = clients.connect(handshake, headers, errors);
            // Some refusals arrive as an ERROR frame right after the socket opened.
            String error = errors.next();
            if (error != null || !session.isConnected()) {
                throw new IllegalStateException("refused: " + error);
            }
        }).isNotNull();
    }
}
