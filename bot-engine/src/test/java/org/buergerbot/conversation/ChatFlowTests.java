package org.buergerbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.buergerbot.StaffAccounts;
import org.buergerbot.handoff.ClerkQueue;
import org.buergerbot.handoff.Handoffs;
import org.buergerbot.handoff.QueueEntry;
import org.buergerbot.handoff.QueueUpkeep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/** Whole chats over real HTTP and a real STOMP client: citizen, bot, queue, clerk. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatFlowTests {

    static final String PASSWORD = "correct horse battery";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcUserDetailsManager users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ClerkQueue queue;
    @Autowired
    QueueUpkeep upkeep;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Handoffs handoffs;
    @Autowired
    PlatformTransactionManager transactions;

    ChatClients clients;

    @BeforeEach
    void setUp() {
        clients = new ChatClients(port);
        for (String[] u : new String[][] {{"clerk1", "ROLE_CLERK"}, {"clerk2", "ROLE_CLERK"}, {"editor1", "ROLE_EDITOR"}}) {
            StaffAccounts.ensure(users, encoder, u[0], PASSWORD, u[1]);
        }
    }

    @Test
    void chatFromFirstMessageToClerkReply() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        StompSession citizenSession = clients.connectCitizen(citizen);
        ChatClients.Inbox citizenInbox = ChatClients.Inbox.subscribe(citizenSession,
                "/topic/conversations/" + citizen.id());
        Thread.sleep(300); // let the subscription register before the first message

        citizenSession.send("/app/conversations/" + citizen.id() + "/messages",
                ChatClients.message("m1", "Was kostet ein Reisepass?"));
        JsonNode answer = citizenInbox.await(f -> "bot.reply".equals(text(f, "kind")));
        assertThat(answer.get("body").get("action").asString()).isEqualTo("ANSWER");
        assertThat(answer.get("body").get("intent").asString()).isEqualTo("reisepass");

        citizenSession.send("/app/conversations/" + citizen.id() + "/messages",
                ChatClients.message("m2", "Ich möchte bitte mit einem Menschen sprechen"));
        JsonNode handoff = citizenInbox.await(f -> "bot.reply".equals(text(f, "kind"))
                && "HANDOFF".equals(f.get("body").get("action").asString()));
        assertThat(handoff.get("seq").asLong()).isEqualTo(4);
        JsonNode position = citizenInbox.await(f -> f.get("body") != null && f.get("body").has("position"));
        assertThat(position.get("body").get("position").asInt()).isGreaterThanOrEqualTo(1);
        // No clerk is connected yet: the citizen is told so honestly, with the hotline and the callback offer.
        JsonNode unavailable = citizenInbox.await(f -> f.get("body") != null
                && "handoff.unavailable".equals(text(f.get("body"), "type")));
        assertThat(unavailable.get("body").get("hotline").asString()).isEqualTo("115");
        assertThat(unavailable.get("body").get("callback").asBoolean()).isTrue();
        assertThat(clients.citizenPost(citizen, "/callback",
                Map.of("contact", "0123 4567", "question", "Reisepass für mein Kind")).statusCode()).isEqualTo(201);

        ChatClients.Staff clerk = clients.login("clerk1", PASSWORD);
        HttpResponse<String> queue = clients.staffGet(clerk, "/api/v1/clerk/queue");
        assertThat(queue.body()).contains(citizen.id()).contains("REQUESTED");
        assertThat(clients.staffPost(clerk, "/api/v1/clerk/queue/" + citizen.id() + "/claim", Map.of()).statusCode())
                .isEqualTo(200);
        citizenInbox.await(f -> f.get("body") != null && "clerk.joined".equals(text(f.get("body"), "type")));

        StompSession clerkSession = clients.connectStaff(clerk);
        clerkSession.send("/app/clerk/conversations/" + citizen.id() + "/messages",
                ChatClients.message("c1", "Guten Tag, ich helfe Ihnen gern."));
        JsonNode reply = citizenInbox.await(f -> "CLERK".equals(text(f, "sender")));
        assertThat(reply.get("body").get("text").asString()).isEqualTo("Guten Tag, ich helfe Ihnen gern.");

        // After the hand-off the bot stays quiet: the citizen's next message goes to the clerk only.
        citizenSession.send("/app/conversations/" + citizen.id() + "/messages", ChatClients.message("m3", "Danke!"));
        citizenInbox.await(f -> "m3".equals(text(f, "clientMessageId")));
        assertThat(clients.transcript(citizen, 0)).extracting(m -> m.get("sender").asString())
                .containsExactly("CITIZEN", "BOT", "CITIZEN", "BOT", "SYSTEM", "SYSTEM", "CLERK", "CITIZEN");
        assertThat(clients.staffGet(clerk, "/api/v1/clerk/callbacks").body()).contains("Reisepass für mein Kind")
                .contains("\"overdue\":false");

        assertThat(clients.staffPost(clerk, "/api/v1/clerk/queue/" + citizen.id() + "/close",
                Map.of("outcome", "answered")).statusCode()).isEqualTo(200);
        citizenSession.disconnect();
        clerkSession.disconnect();
    }

    @Test
    void twoClerksClaimingAtOnceHaveOneWinner() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        assertThat(clients.citizenPost(citizen, "/messages",
                ChatClients.message("m1", "Verbinden Sie mich bitte mit einem Mitarbeiter")).statusCode()).isEqualTo(202);
        ChatClients.Staff one = clients.login("clerk1", PASSWORD);
        ChatClients.Staff two = clients.login("clerk2", PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> claims = new ArrayList<>();
            for (ChatClients.Staff clerk : List.of(one, two)) {
                claims.add(() -> clients.staffPost(clerk, "/api/v1/clerk/queue/" + citizen.id() + "/claim", Map.of())
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(claims)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void resendIsIdempotentAndReconnectResumesWithoutGapsOrDuplicates() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        clients.citizenPost(citizen, "/messages", ChatClients.message("a1", "Hallo"));
        clients.citizenPost(citizen, "/messages", ChatClients.message("a1", "Hallo"));
        List<JsonNode> first = clients.transcript(citizen, 0);
        assertThat(first).hasSize(2);
        long seen = first.getLast().get("seq").asLong();

        // Offline: two more exchanges happen; the client resumes after the last sequence it saw.
        clients.citizenPost(citizen, "/messages", ChatClients.message("a2", "Wie melde ich meinen Hund an?"));
        clients.citizenPost(citizen, "/messages", ChatClients.message("a3", "Und was kostet das?"));
        List<JsonNode> missed = clients.transcript(citizen, seen);
        assertThat(missed).extracting(m -> m.get("seq").asLong()).containsExactly(3L, 4L, 5L, 6L);
        assertThat(missed.getFirst().get("clientMessageId").asString()).isEqualTo("a2");
    }

    @Test
    void rejectsBadMessagesWithProblemDetails() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        HttpResponse<String> noId = clients.citizenPost(citizen, "/messages", Map.of("text", "Hallo"));
        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(noId.body()).contains("clientMessageId");
        HttpResponse<String> tooLong = clients.citizenPost(citizen, "/messages",
                ChatClients.message("x1", "a".repeat(1001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        HttpResponse<String> statedIntent = clients.citizenPost(citizen, "/messages",
                Map.of("clientMessageId", "x2", "text", "Hallo", "intent", "reisepass"));
        assertThat(statedIntent.statusCode()).isEqualTo(400);
        assertThat(statedIntent.body()).contains("intent may only be 'human-handoff'");
        assertThat(clients.transcript(citizen, 0)).isEmpty();
    }

    private QueueEntry.Status queueStatus(ChatClients.Citizen citizen) {
        return queue.find(UUID.fromString(citizen.id())).map(QueueEntry::status).orElse(null);
    }

    private String queueReason(ChatClients.Citizen citizen) {
        return queue.find(UUID.fromString(citizen.id())).map(QueueEntry::reason).orElse(null);
    }

    @Test
    void twoUnansweredMessagesInARowHandTheChatToAClerk() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        // Too vague to answer: the bot offers options (or asks for a person) and counts it as unanswered.
        clients.citizenPost(citizen, "/messages", ChatClients.message("v1", "Ausweis"));
        assertThat(queueStatus(citizen)).isNull();
        clients.citizenPost(citizen, "/messages", ChatClients.message("v2", "Ausweis"));
        assertThat(queueStatus(citizen)).isEqualTo(QueueEntry.Status.WAITING);
        assertThat(queueReason(citizen)).isEqualTo("FAILED_ATTEMPTS");
        assertThat(queue.find(UUID.fromString(citizen.id())).orElseThrow().candidates()).isNotEmpty();
    }

    @Test
    void anAnswerInBetweenResetsTheUnansweredCount() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        clients.citizenPost(citizen, "/messages", ChatClients.message("v1", "Ausweis"));
        clients.citizenPost(citizen, "/messages", ChatClients.message("v2", "Was kostet ein Reisepass?"));
        clients.citizenPost(citizen, "/messages", ChatClients.message("v3", "Ausweis"));
        assertThat(queueStatus(citizen)).isNull();
    }

    @Test
    void notHelpfulFeedbackHandsTheChatToAClerkWithTheRejectedAnswerAsCandidate() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        clients.citizenPost(citizen, "/messages", ChatClients.message("q1", "Was kostet ein Reisepass?"));
        long answerSeq = clients.transcript(citizen, 0).getLast().get("seq").asLong();

        HttpResponse<String> aboutTheQuestion = clients.citizenPost(citizen, "/feedback",
                Map.of("clientMessageId", "f0", "about", answerSeq - 1, "helpful", false));
        assertThat(aboutTheQuestion.statusCode()).isEqualTo(400);
        assertThat(queueStatus(citizen)).isNull();

        assertThat(clients.citizenPost(citizen, "/feedback",
                Map.of("clientMessageId", "f1", "about", answerSeq, "helpful", false)).statusCode()).isEqualTo(202);
        assertThat(queueStatus(citizen)).isEqualTo(QueueEntry.Status.WAITING);
        assertThat(queueReason(citizen)).isEqualTo("NEGATIVE_FEEDBACK");
        assertThat(queue.find(UUID.fromString(citizen.id())).orElseThrow().candidates()).containsExactly("reisepass");
    }

    @Test
    void helpfulFeedbackIsStoredAndKeepsTheBot() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        clients.citizenPost(citizen, "/messages", ChatClients.message("q1", "Was kostet ein Reisepass?"));
        long answerSeq = clients.transcript(citizen, 0).getLast().get("seq").asLong();
        clients.citizenPost(citizen, "/feedback", Map.of("clientMessageId", "f1", "about", answerSeq, "helpful", true));
        assertThat(clients.transcript(citizen, answerSeq)).singleElement()
                .satisfies(m -> assertThat(m.get("kind").asString()).isEqualTo("feedback"));
        assertThat(queueStatus(citizen)).isNull();
    }

    @Test
    void theTalkToAPersonButtonHandsOverWhateverTheTextSays() throws Exception {
        // The widget's button states the intent, so the hand-off does not depend on the model knowing a sentence.
        ChatClients.Citizen citizen = clients.startConversation();
        clients.citizenPost(citizen, "/messages", ChatClients.message("p1", "Was kostet ein Reisepass?"));
        assertThat(clients.citizenPost(citizen, "/messages",
                Map.of("clientMessageId", "p2", "text", "Was kostet ein Personalausweis?", "intent", "human-handoff"))
                .statusCode()).isEqualTo(202);
        JsonNode reply = clients.transcript(citizen, 0).stream()
                .filter(m -> "bot.reply".equals(text(m, "kind"))).reduce((a, b) -> b).orElseThrow().get("body");
        assertThat(reply.get("action").asString()).isEqualTo("HANDOFF");
        assertThat(reply.get("intent").asString()).isEqualTo("human-handoff");
        QueueEntry entry = queue.find(UUID.fromString(citizen.id())).orElseThrow();
        assertThat(entry.reason()).isEqualTo("REQUESTED");
        assertThat(entry.topic()).isEqualTo("reisepass");
    }

    @Test
    void aRequestForAPersonGivesTheClerkTheBotsLastAnswerAsLead() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        clients.citizenPost(citizen, "/messages", ChatClients.message("q1", "Was kostet ein Reisepass?"));
        clients.citizenPost(citizen, "/messages", ChatClients.message("q2", "Ich möchte mit einem Menschen sprechen"));
        QueueEntry entry = queue.find(UUID.fromString(citizen.id())).orElseThrow();
        assertThat(entry.reason()).isEqualTo("REQUESTED");
        assertThat(entry.topic()).isEqualTo("reisepass");
        assertThat(entry.candidates()).containsExactly("reisepass");
    }

    @Test
    void typingTravelsBothWaysOnlyForTheClerkWhoHoldsTheChat() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        clients.citizenPost(citizen, "/messages", ChatClients.message("t1", "Ich möchte mit einem Menschen sprechen"));
        ChatClients.Staff holder = clients.login("clerk1", PASSWORD);
        ChatClients.Staff other = clients.login("clerk2", PASSWORD);
        assertThat(clients.staffPost(holder, "/api/v1/clerk/queue/" + citizen.id() + "/claim", Map.of()).statusCode())
                .isEqualTo(200);

        StompSession citizenSession = clients.connectCitizen(citizen);
        ChatClients.Inbox citizenTyping = ChatClients.Inbox.subscribe(citizenSession,
                "/topic/conversations/" + citizen.id() + "/typing");
        StompSession holderSession = clients.connectStaff(holder);
        ChatClients.Inbox holderTyping = ChatClients.Inbox.subscribe(holderSession,
                "/topic/conversations/" + citizen.id() + "/typing");
        StompSession otherSession = clients.connectStaff(other);
        ChatClients.Inbox otherErrors = ChatClients.Inbox.subscribe(otherSession, "/user/queue/errors");
        Thread.sleep(300);

        holderSession.send("/app/clerk/conversations/" + citizen.id() + "/typing", Map.of());
        assertThat(citizenTyping.await(f -> f.has("sender")).get("sender").asString()).isEqualTo("CLERK");
        citizenSession.send("/app/conversations/" + citizen.id() + "/typing", Map.of());
        assertThat(holderTyping.await(f -> "CITIZEN".equals(text(f, "sender")))).isNotNull();

        // A clerk who does not hold the chat can neither type nor write in it, and is told why.
        otherSession.send("/app/clerk/conversations/" + citizen.id() + "/messages", ChatClients.message("o1", "Hallo"));
        assertThat(otherErrors.await(f -> f.has("type")).get("type").asString()).endsWith("/forbidden");
        assertThat(clients.transcript(citizen, 0)).extracting(m -> m.get("sender").asString()).doesNotContain("CLERK");

        assertThat(clients.staffPost(holder, "/api/v1/clerk/queue/" + citizen.id() + "/close",
                Map.of("outcome", "answered")).statusCode()).isEqualTo(200);
        QueueEntry closed = queue.find(UUID.fromString(citizen.id())).orElseThrow();
        assertThat(closed.status()).isEqualTo(QueueEntry.Status.CLOSED);
        assertThat(closed.outcome()).isEqualTo("answered");
        assertThat(clients.transcript(citizen, 0).getLast().get("body").get("type").asString())
                .isEqualTo("conversation.closed");
        for (StompSession session : List.of(citizenSession, holderSession, otherSession)) {
            session.disconnect();
        }
    }

    @Test
    void aClerkCannotHoldMoreChatsThanConfigured() throws Exception {
        StaffAccounts.ensure(users, encoder, "clerk-limit", PASSWORD, "ROLE_CLERK");
        ChatClients.Staff clerk = clients.login("clerk-limit", PASSWORD);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // buergerbot.handoff.max-chats-per-clerk is 3
            ChatClients.Citizen citizen = clients.startConversation();
            clients.citizenPost(citizen, "/messages", ChatClients.message("l1", "Ich möchte mit einem Menschen sprechen"));
            statuses.add(clients.staffPost(clerk, "/api/v1/clerk/queue/" + citizen.id() + "/claim", Map.of()).statusCode());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 409);
    }

    @Test
    void aClaimWaitsForTheSameClerksOtherClaimSoTheCapacityCheckCannotInterleave() throws Exception {
        // Two tabs or a double click: while one claim of clerk-lock holds the clerk's lock, another must wait.
        ChatClients.Citizen citizen = clients.startConversation();
        clients.citizenPost(citizen, "/messages", ChatClients.message("k1", "Ich möchte mit einem Menschen sprechen"));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> tx.executeWithoutResult(status -> {
                queue.lockClerk("clerk-lock");
                locked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Handoffs.Claim> second = pool.submit(() -> handoffs.claim(UUID.fromString(citizen.id()), "clerk-lock"));
            Thread.sleep(500);
            assertThat(second.isDone()).as("second claim waits for the first").isFalse();
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(Handoffs.Claim.CLAIMED);
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }

    @Test
    void aCallbackRequestOlderThanTheTwentyFourHourPromiseIsShownOverdue() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        assertThat(clients.citizenPost(citizen, "/callback",
                Map.of("contact", "0123 99887", "question", "Rückruf wegen Sperrmüll")).statusCode()).isEqualTo(201);
        jdbc.sql("update callback_request set created_at = ? where conversation_id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(25))),
                        UUID.fromString(citizen.id())).update();
        ChatClients.Staff clerk = clients.login("clerk1", PASSWORD);
        JsonNode request = null;
        for (JsonNode r : ChatClients.JSON.readTree(clients.staffGet(clerk, "/api/v1/clerk/callbacks").body())) {
            if ("Rückruf wegen Sperrmüll".equals(r.get("question").asString())) {
                request = r;
            }
        }
        assertThat(request).isNotNull();
        assertThat(request.get("overdue").asBoolean()).isTrue();
        assertThat(request.get("ageHours").asLong()).isEqualTo(25);
    }

    @Test
    void theRestApiRefusesMoreThanThePerConversationBudgetAndStoresNothingOfIt() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        for (int i = 0; i < 30; i++) { // buergerbot.stomp.messages-per-minute-per-conversation
            assertThat(clients.citizenPost(citizen, "/messages", ChatClients.message("r" + i, "Hallo")).statusCode())
                    .isEqualTo(202);
        }
        HttpResponse<String> refused = clients.citizenPost(citizen, "/messages", ChatClients.message("r30", "Hallo"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("rate-limited");
        assertThat(clients.transcript(citizen, 0)).extracting(m -> m.get("clientMessageId").asString())
                .doesNotContain("r30");
    }

    @Test
    void aCitizenWhoLeavesAbandonsTheQueuedChat() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        clients.citizenPost(citizen, "/messages", ChatClients.message("h1", "Ich möchte mit einem Menschen sprechen"));
        assertThat(queueStatus(citizen)).isEqualTo(QueueEntry.Status.WAITING);

        assertThat(clients.citizenPost(citizen, "/leave", Map.of()).statusCode()).isEqualTo(204);
        assertThat(queueStatus(citizen)).isEqualTo(QueueEntry.Status.ABANDONED);
        assertThat(clients.transcript(citizen, 0).getLast().get("body").get("type").asString()).isEqualTo("citizen.left");
        assertThat(clients.citizenPost(citizen, "/messages", ChatClients.message("h2", "Hallo?")).statusCode())
                .isEqualTo(409);
        ChatClients.Staff clerk = clients.login("clerk1", PASSWORD);
        assertThat(clients.staffPost(clerk, "/api/v1/clerk/queue/" + citizen.id() + "/claim", Map.of()).statusCode())
                .isEqualTo(409);
        assertThat(clients.citizenPost(citizen, "/leave", Map.of()).statusCode()).as("leaving twice").isEqualTo(204);
    }

    @Test
    void aWaitingCitizenWhoIsGoneIsAbandonedButAConnectedOneKeepsItsPlace() throws Exception {
        ChatClients.Citizen gone = clients.startConversation();
        ChatClients.Citizen there = clients.startConversation();
        for (ChatClients.Citizen c : List.of(gone, there)) {
            clients.citizenPost(c, "/messages", ChatClients.message("h1", "Ich möchte mit einem Menschen sprechen"));
        }
        StompSession session = clients.connectCitizen(there);
        ChatClients.Inbox inbox = ChatClients.Inbox.subscribe(session, "/topic/conversations/" + there.id());
        Thread.sleep(300);

        assertThat(upkeep.abandonAbsentCitizens(Duration.ofHours(1)).abandoned()).as("within the grace period").isZero();
        assertThat(upkeep.abandonAbsentCitizens(Duration.ZERO).abandoned()).isGreaterThanOrEqualTo(1);
        assertThat(queueStatus(gone)).isEqualTo(QueueEntry.Status.ABANDONED);
        assertThat(queueStatus(there)).isEqualTo(QueueEntry.Status.WAITING);
        // The one still waiting moves up, live.
        JsonNode position = inbox.await(f -> f.get("body") != null && f.get("body").has("position")
                && f.get("body").get("position").asInt() == 1);
        assertThat(position.get("body").get("estimatedWaitMinutes").asInt()).isPositive();
        session.disconnect();
    }

    @Test
    void aStompClientThatReconnectsGetsWhatItMissedWithoutGapsOrDuplicates() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        StompSession first = clients.connectCitizen(citizen);
        ChatClients.Inbox live = ChatClients.Inbox.subscribe(first, "/topic/conversations/" + citizen.id());
        Thread.sleep(300);
        first.send("/app/conversations/" + citizen.id() + "/messages",
                ChatClients.message("s1", "Was kostet ein Reisepass?"));
        long seen = live.await(f -> "bot.reply".equals(text(f, "kind"))).get("seq").asLong();
        first.disconnect();

        // While offline, the citizen's other tab goes on (REST): two more exchanges.
        clients.citizenPost(citizen, "/messages", ChatClients.message("s2", "Wie melde ich meinen Hund an?"));
        clients.citizenPost(citizen, "/messages", ChatClients.message("s3", "Danke"));

        StompSession second = clients.connectCitizen(citizen);
        ChatClients.Inbox resumed = ChatClients.Inbox.subscribe(second, "/topic/conversations/" + citizen.id());
        Thread.sleep(300);
        List<JsonNode> missed = clients.transcript(citizen, seen);
        assertThat(missed).extracting(m -> m.get("seq").asLong()).containsExactly(seen + 1, seen + 2, seen + 3, seen + 4);
        second.send("/app/conversations/" + citizen.id() + "/messages", ChatClients.message("s4", "Tschüss"));
        JsonNode next = resumed.await(f -> "s4".equals(text(f, "clientMessageId")));
        assertThat(next.get("seq").asLong()).isEqualTo(seen + 5);
        second.disconnect();
    }

    @Test
    void aBadStompMessageGetsAProblemOnTheSessionsErrorQueueAndTheSessionGoesOn() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        StompSession session = clients.connectCitizen(citizen);
        ChatClients.Inbox errors = ChatClients.Inbox.subscribe(session, "/user/queue/errors");
        ChatClients.Inbox live = ChatClients.Inbox.subscribe(session, "/topic/conversations/" + citizen.id());
        Thread.sleep(300);

        session.send("/app/conversations/" + citizen.id() + "/messages", ChatClients.message("b1", "a".repeat(1001)));
        JsonNode problem = errors.await(f -> f.has("type"));
        assertThat(problem.get("type").asString()).endsWith("/invalid-message");
        assertThat(problem.get("detail").asString()).contains("1001");

        session.send("/app/conversations/" + citizen.id() + "/messages", ChatClients.message("b2", "Was kostet ein Reisepass?"));
        assertThat(live.await(f -> "bot.reply".equals(text(f, "kind"))).get("body").get("intent").asString())
                .isEqualTo("reisepass");
        assertThat(clients.transcript(citizen, 0)).extracting(m -> m.get("clientMessageId").asString())
                .doesNotContain("b1");
        session.disconnect();
    }

    @Test
    void concurrentResendsOfOneMessageStoreItOnceAndNeverFail() throws Exception {
        ChatClients.Citizen citizen = clients.startConversation();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> resends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                resends.add(() -> clients.citizenPost(citizen, "/messages",
                        ChatClients.message("same", "Was kostet ein Reisepass?")).statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(resends)) {
                assertThat(f.get()).isEqualTo(202);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(clients.transcript(citizen, 0)).extracting(m -> m.get("sender").asString())
                .containsExactly("CITIZEN", "BOT");
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
