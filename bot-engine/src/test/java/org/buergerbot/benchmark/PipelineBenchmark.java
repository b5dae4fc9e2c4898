package org.buergerbot.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.buergerbot.BotApplication;
import org.buergerbot.conversation.ChatLoad;
import org.buergerbot.dialogue.AnswerEngine;
import org.buergerbot.nlu.IntentSample;
import org.buergerbot.nlu.TrainingCorpus;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test ({@code ./bb bench}): per-message latency of the whole pipeline (normalise, classify,
 * retrieve, decide) after warm-up, {@code /api/v1/answer} throughput over loopback, and concurrent citizen
 * conversations over STOMP (message to bot reply). Inputs are the held-out questions, cycled. Loops are bounded
 * in count and time.
 */
public final class PipelineBenchmark {

    /** Long enough for the JIT on two cores: after only 5,000 a late recompilation slowed ~100 measured messages. */
    private static final int WARM_UP = 30_000;
    private static final int MEASURED = 20_000;
    private static final long HTTP_SECONDS = 10;

    public static void main(String[] args) throws Exception {
        List<String> questions = TrainingCorpus.heldOut("de").stream().map(IntentSample::text).toList();
        try (ConfigurableApplicationContext app = SpringApplication.run(BotApplication.class,
                "--server.port=0", "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                "--buergerbot.stomp.allowed-origins=http://localhost:*",
                "--buergerbot.stomp.messages-per-minute-per-address=1000000")) {
            AnswerEngine engine = app.getBean(AnswerEngine.class);
            latency(engine, questions);
            if (List.of(args).contains("latency")) {
                return;
            }
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            for (int clients : new int[] {1, 4, 16}) {
                throughput(port, questions, clients);
            }
            // Service questions only: a conversation handed to the clerk queue gets no more bot replies.
            List<String> serviceQuestions = TrainingCorpus.heldOut("de").stream()
                    .filter(s -> org.buergerbot.dialogue.DecisionPolicy.isService(s.intent()))
                    .map(IntentSample::text).toList();
            for (int citizens : new int[] {10, 50}) {
                ChatLoad.run(port, citizens, 10, serviceQuestions);
            }
        }
    }

    static void latency(AnswerEngine engine, List<String> questions) {
        for (int i = 0; i < WARM_UP; i++) {
            engine.answer(questions.get(i % questions.size()), "de");
        }
        long[] nanos = new long[MEASURED];
        // Allocation drives the collector's pauses, and unlike time it does not depend on the machine's load.
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < MEASURED; i++) {
            String q = questions.get(i % questions.size());
            long start = System.nanoTime();
            engine.answer(q, "de");
            nanos[i] = System.nanoTime() - start;
        }
        long allocatedPerMessage = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / MEASURED;
        java.util.Map<String, List<Long>> byQuestion = new java.util.HashMap<>();
        for (int i = 0; i < MEASURED; i++) {
            byQuestion.computeIfAbsent(questions.get(i % questions.size()), q -> new java.util.ArrayList<>()).add(nanos[i]);
        }
        Map<String, Long> medians = new java.util.HashMap<>();
        byQuestion.forEach((q, times) -> medians.put(q, times.stream().sorted().toList().get(times.size() / 2)));
        // The slowest questions by their median time: where the tail comes from.
        medians.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.printf("  slow: %.3f ms median  %s%n", e.getValue() / 1e6, e.getKey()));
        // Messages far slower than their own question usually are: collector pauses or other load, not the code.
        int stalled = 0;
        for (int i = 0; i < MEASURED; i++) {
            stalled += nanos[i] > 3 * medians.get(questions.get(i % questions.size())) ? 1 : 0;
        }
        System.out.printf("  %d messages took over 3x their question's median%n", stalled);
        Arrays.sort(nanos);
        System.out.printf("Pipeline latency over %d messages (after %d warm-up): p50 %.3f ms, p90 %.3f ms, "
                        + "p99 %.3f ms, max %.3f ms; %.1f KB allocated per message%n", MEASURED, WARM_UP,
                nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 9 / 10] / 1e6, nanos[MEASURED * 99 / 100] / 1e6,
                nanos[MEASURED - 1] / 1e6, allocatedPerMessage / 1024.0);
    }

    static void throughput(int port, List<String> questions, int clients) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<String> bodies = questions.stream().map(q -> json.writeValueAsString(Map.of("text", q))).toList();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/answer");
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long warmUpEnd = System.nanoTime() + 2_000_000_000L;
        long end = warmUpEnd + HTTP_SECONDS * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * 97;
                futures.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build();
                        try {
                            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (System.nanoTime() > warmUpEnd) {
                                (status == 200 ? ok : failed).incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("HTTP /api/v1/answer with %2d concurrent clients over loopback: %.0f requests/s "
                + "(%d ok, %d failed in %d s)%n", clients, ok.get() / (double) HTTP_SECONDS, ok.get(), failed.get(),
                HTTP_SECONDS);
    }
}
