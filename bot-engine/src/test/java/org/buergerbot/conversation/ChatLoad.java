package org.buergerbot.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.simp.stomp.StompSession;

/**
 * Load run for {@code ./bb bench}: many citizens chat at once over STOMP on loopback; measures the time from a
 * citizen's SEND to the bot's reply frame. Bounded: a fixed number of messages per citizen and a time limit.
 */
public final class ChatLoad {

    private ChatLoad() {
    }

    public static void run(int port, int citizens, int messagesEach, List<String> questions) throws Exception {
        ChatClients clients = new ChatClients(port);
        List<StompSession> sessions = new ArrayList<>();
        List<ChatClients.Inbox> inboxes = new ArrayList<>();
        List<ChatClients.Citizen> chats = new ArrayList<>();
        for (int c = 0; c < citizens; c++) {
            ChatClients.Citizen citizen = clients.startConversation();
            StompSession session = clients.connectCitizen(citizen);
            inboxes.add(ChatClients.Inbox.subscribe(session, "/topic/conversations/" + citizen.id()));
            sessions.add(session);
            chats.add(citizen);
        }
        Thread.sleep(500);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(citizens);
        long start = System.nanoTime();
        for (int c = 0; c < citizens; c++) {
            int index = c;
            Thread.ofVirtual().start(() -> {
                try {
                    for (int m = 0; m < messagesEach; m++) {
                        String q = questions.get((index * 31 + m) % questions.size());
                        long sent = System.nanoTime();
                        sessions.get(index).send("/app/conversations/" + chats.get(index).id() + "/messages",
                                ChatClients.message("load-" + m, q));
                        var frame = inboxes.get(index).await(f -> "bot.reply".equals(ChatFlowTests.text(f, "kind"))
                                || "event".equals(ChatFlowTests.text(f, "kind")));
                        if (!"bot.reply".equals(ChatFlowTests.text(frame, "kind"))) {
                            break; // handed to the clerk queue: the bot no longer replies in this conversation
                        }
                        latencies.add(System.nanoTime() - sent);
                        if ("HANDOFF".equals(ChatFlowTests.text(frame.get("body"), "action"))) {
                            break;
                        }
                    }
                } catch (Exception | AssertionError e) {
                    System.out.println("citizen " + index + " failed: " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] nanos = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("STOMP chat load: %d concurrent citizens x up to %d messages = %d bot replies in %.1f s; "
                        + "citizen message -> bot reply p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", citizens, messagesEach,
                nanos.length, seconds, percentile(nanos, 50), percentile(nanos, 99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
        sessions.forEach(StompSession::disconnect);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
