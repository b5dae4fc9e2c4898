package org.buergerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP and STOMP clients for whole-application tests: a citizen with a token, staff with a password. */
final class ChatClients {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration WAIT = Duration.ofSeconds(20);

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    ChatClients(int port) {
        this.port = port;
    }

    /** A started conversation. */
    record Citizen(String id, String token) {
    }

    /** A logged-in staff member: Basic credentials, session cookie and CSRF token of that session. */
    record Staff(String username, String password, String cookie, String csrfHeader, String csrfToken) {
        String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    Citizen startConversation() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/conversations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"lang\":\"de\"}")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(r.body());
        return new Citizen(body.get("id").asString(), body.get("token").asString());
    }

    HttpResponse<String> citizenPost(Citizen c, String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/conversations/" + c.id() + path))
                .header("Content-Type", "application/json").header("X-Conversation-Token", c.token())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    List<JsonNode> transcript(Citizen c, long after) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/conversations/" + c.id()
                + "/messages?after=" + after)).header("X-Conversation-Token", c.token()).GET());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readValue(r.body(), JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
    }

    Staff login(String username, String password) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/csrf")).header("Authorization", basic).GET());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("JSESSIONID"))
                .map(v -> v.substring(0, v.indexOf(';'))).findFirst().orElseThrow();
        JsonNode csrf = JSON.readTree(r.body());
        return new Staff(username, password, cookie, csrf.get("headerName").asString(), csrf.get("token").asString());
    }

    HttpResponse<String> staffPost(Staff s, String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", s.basic()).header("Cookie", s.cookie()).header(s.csrfHeader(), s.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    HttpResponse<String> staffGet(Staff s, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", s.basic()).header("Cookie", s.cookie())
                .GET());
    }

    private WebSocketStompClient stompClient() {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        return client;
    }

    StompSession connectCitizen(Citizen c) throws Exception {
        return connect(new WebSocketHttpHeaders(), headers -> {
            headers.add("conversation-id", c.id());
            headers.add("conversation-token", c.token());
        });
    }

    StompSession connectStaff(Staff s) throws Exception {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", s.basic());
        handshake.add("Cookie", s.cookie());
        return connect(handshake, headers -> headers.add(s.csrfHeader(), s.csrfToken()));
    }

    StompSession connect(WebSocketHttpHeaders handshake, java.util.function.Consumer<StompHeaders> connectHeaders)
            throws Exception {
        return connect(handshake, connectHeaders, new Errors());
    }

    StompSession connect(WebSocketHttpHeaders handshake, java.util.function.Consumer<StompHeaders> connectHeaders,
                         Errors errors) throws Exception {
        handshake.setOrigin("http://localhost:8080");
        StompHeaders connect = new StompHeaders();
        connectHeaders.accept(connect);
        CompletableFuture<StompSession> future = stompClient().connectAsync(
                "ws://localhost:" + port + "/ws", handshake, connect, errors);
        return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Records ERROR frames and transport failures of a session. */
    static final class Errors extends StompSessionHandlerAdapter {
        final BlockingQueue<String> seen = new LinkedBlockingQueue<>();

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            seen.add(String.valueOf(headers.getFirst("message")));
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            seen.add("transport: " + exception);
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return String.class;
        }

        /** Waits a short while for an error; null if none came. */
        String next() throws InterruptedException {
            return seen.poll(3, TimeUnit.SECONDS);
        }
    }

    /** Collects the JSON frames of one subscription. */
    static final class Inbox implements StompFrameHandler {
        final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();

        static Inbox subscribe(StompSession session, String destination) {
            Inbox inbox = new Inbox();
            session.subscribe(destination, inbox);
            return inbox;
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return JsonNode.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            frames.add((JsonNode) payload);
        }

        /** Frames an earlier {@link #await} passed over: the broker does not promise their order. */
        private final List<JsonNode> passedOver = new ArrayList<>();

        /** The first frame, received or passed over before, that matches; it is consumed. */
        JsonNode await(Predicate<JsonNode> condition) throws InterruptedException {
            for (Iterator<JsonNode> it = passedOver.iterator(); it.hasNext(); ) {
                JsonNode earlier = it.next();
                if (condition.test(earlier)) {
                    it.remove();
                    return earlier;
                }
            }
            long end = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < end) {
                JsonNode next = frames.poll(200, TimeUnit.MILLISECONDS);
                if (next != null && condition.test(next)) {
                    return next;
                }
                if (next != null) {
                    passedOver.add(next);
                }
            }
            throw new AssertionError("No matching frame within " + WAIT);
        }
    }

    static Map<String, String> message(String clientId, String text) {
        return Map.of("clientMessageId", clientId, "text", text);
    }
}
