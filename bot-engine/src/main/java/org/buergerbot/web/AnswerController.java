package org.buergerbot.web;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.buergerbot.dialogue.AnswerEngine;
import org.buergerbot.dialogue.BotReply;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The answer API: one question in, one decision out. Stateless; conversations build on the same engine. */
@RestController
class AnswerController {

    private final AnswerEngine engine;
    private final MeterRegistry meters;

    AnswerController(AnswerEngine engine, MeterRegistry meters) {
        this.engine = engine;
        this.meters = meters;
    }

    @PostMapping(path = "/api/v1/answer", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    BotReply answer(@RequestBody AnswerRequest request) {
        long start = System.nanoTime();
        BotReply reply = engine.answer(request.text(), request.lang());
        // Operators watch the share of each action (a rising HANDOFF share means a knowledge gap).
        Timer.builder("buergerbot.answers").description("Answer API decisions and their latency")
                .tag("action", reply.action().name()).register(meters)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return reply;
    }
}
