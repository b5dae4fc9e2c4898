package org.buergerbot.conversation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same chats against PostgreSQL (profile {@code postgres}), in a fresh schema per run. CI runs it
 * ({@code -Dbuergerbot.postgres=true} in {@code .ci/run}) against the local server on 127.0.0.1:5432.
 */
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "buergerbot.postgres", matches = "true")
class PostgresChatFlowTests extends ChatFlowTests {

    static final String SCHEMA = "bb_test_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

    @AfterAll
    static void dropSchema() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
             Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }
}
